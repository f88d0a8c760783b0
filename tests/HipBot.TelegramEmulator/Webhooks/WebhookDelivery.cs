namespace HipBot.TelegramEmulator;

/// <summary>One POST of an update to the bot's webhook, as the emulator made it.</summary>
/// <param name="StatusCode">The bot's HTTP status; 0 when no answer came (refused, dropped, timed out).</param>
/// <param name="Error">Why it failed, when it did: the status or the connection error.</param>
/// <param name="AnswerLost">A 2xx the emulator threw away on purpose (<see cref="BotApiEmulator.LoseNextWebhookAnswers"/>), as if the bot had crashed before answering.</param>
public sealed record WebhookDelivery(int UpdateId, TimeSpan Elapsed, int StatusCode, string? Error, bool AnswerLost = false)
{
    /// <summary>Telegram took the update as delivered: a 2xx that reached it.</summary>
    public bool Delivered => StatusCode is >= 200 and < 300 && !AnswerLost;
}
