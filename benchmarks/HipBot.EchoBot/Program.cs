using Telegram.Bot;
using Telegram.Bot.Types;
using Telegram.Bot.Types.Enums;

// A bare echo bot, as Telegram.Bot's own example writes one: long polling through the client's OnMessage, one
// SendMessage per message, no storage. The end-to-end benchmark runs it beside HipBot against the same emulator, so
// HipBot's cost per update has something to be measured against.
var token = Environment.GetEnvironmentVariable("Telegram__BotToken") ?? throw new InvalidOperationException("Telegram__BotToken is not set.");
var baseUrl = Environment.GetEnvironmentVariable("Telegram__ApiBaseUrl");
using var stop = new CancellationTokenSource();
Console.CancelKeyPress += (_, e) => { e.Cancel = true; stop.Cancel(); };
AppDomain.CurrentDomain.ProcessExit += (_, _) => stop.Cancel();

var bot = new TelegramBotClient(new TelegramBotClientOptions(token, string.IsNullOrEmpty(baseUrl) ? null : baseUrl), cancellationToken: stop.Token);
bot.OnMessage += async (Message message, UpdateType _) =>
{
    if (message.Text is { } text)
    {
        await bot.SendMessage(message.Chat, text);
    }
};
bot.OnError += (exception, _) =>
{
    Console.Error.WriteLine(exception.Message);
    return Task.CompletedTask;
};

Console.WriteLine("echo bot polling");
try
{
    await Task.Delay(Timeout.Infinite, stop.Token);
}
catch (OperationCanceledException)
{
    // Stopped.
}
