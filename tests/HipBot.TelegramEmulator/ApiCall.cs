namespace HipBot.TelegramEmulator;

/// <param name="Method">The Bot API method as the client spelled it.</param>
/// <param name="ChatId">The chat_id parameter when it named a numeric chat.</param>
/// <param name="At">When the request arrived, on the emulator's <see cref="EmulatorOptions.TimeProvider"/>.</param>
/// <param name="Elapsed">When the request arrived, on a monotonic clock started with the emulator.</param>
/// <param name="StatusCode">The HTTP status answered; 0 when the connection was dropped without an answer.</param>
/// <param name="Description">The error description, or null for a successful call.</param>
/// <param name="Injected">Whether a <see cref="FaultPlan"/> fault decided the outcome.</param>
public sealed record ApiCall(
    string Method,
    long? ChatId,
    DateTimeOffset At,
    TimeSpan Elapsed,
    int StatusCode,
    string? Description,
    bool Injected)
{
    public bool Succeeded => StatusCode == 200;

    public override string ToString() =>
        $"{Method}{(ChatId is { } id ? $"({id})" : "")} -> {(StatusCode == 0 ? "dropped" : StatusCode)}{(Description is null ? "" : $" {Description}")}";
}

public sealed record BotCommandInfo(string Command, string Description);

/// <summary>How the bot answered a callback query (the little toast or alert a user sees after pressing).</summary>
public sealed record CallbackAnswer(string? Text, bool ShowAlert, string? Url);
