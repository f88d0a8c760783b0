using Telegram.Bot;

namespace HipBot.TelegramEmulator.Tests;

internal static class TestBot
{
    /// <summary>
    /// The real Telegram.Bot client pointed at the emulator. RetryThreshold 0 switches off the client's own 429 retries
    /// so every test sees exactly what the server answered.
    /// </summary>
    public static TelegramBotClient ClientFor(BotApiEmulator emulator, string? token = null) =>
        new(new TelegramBotClientOptions(token ?? emulator.Token, emulator.BaseUrl.ToString()) { RetryThreshold = 0 });
}
