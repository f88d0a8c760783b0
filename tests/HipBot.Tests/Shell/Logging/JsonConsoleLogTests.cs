using System.Text.Json;
using HipBot.Tests.Support;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace HipBot.Tests.Shell.Logging;

public class JsonConsoleLogTests
{
    [Fact]
    public async Task With_the_json_format_every_console_line_is_a_JSON_object_and_none_holds_the_token()
    {
        var console = new StringWriter();
        var stdout = Console.Out;
        // The console logger takes Console.Out when it is made, so this must come before the bot starts.
        Console.SetOut(console);
        string token;
        try
        {
            await using var app = await HipBotApp.StartAsync(
                settings: new Dictionary<string, string?>
                {
                    ["Logging:Console:FormatterName"] = "json",
                    ["Logging:LogLevel:Default"] = "Debug",
                },
                services: services => services.AddLogging(logging => logging.AddConsole()));
            var telegram = app.Telegram;
            token = telegram.Token;
            // An error text that quotes the request, token and all, as a proxy might.
            telegram.Faults.FailNext("getUpdates", 1, 502, $"Bad Gateway for {telegram.BaseUrl}bot{token}/getUpdates");
            var ana = app.AddUser("Ana");
            await ana.Send("/start");
            await ana.NextMessage();
            await telegram.WaitForCall(c => c.Method == "getUpdates" && c.Injected);
            // Answered after the failed poll: by then its failure is logged.
            await ana.Send("/help");
            await ana.NextMessage();
        }
        finally
        {
            // Disposing the bot drained the console logger's queue into the writer.
            Console.SetOut(stdout);
        }

        var lines = console.ToString().Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        Assert.NotEmpty(lines);
        var entries = lines.Select(line => JsonDocument.Parse(line).RootElement).ToList();
        Assert.All(entries, entry => Assert.True(entry.TryGetProperty("EventId", out _) && entry.TryGetProperty("LogLevel", out _), entry.ToString()));
        var failure = Assert.Single(entries, e => e.GetProperty("Message").GetString()!.StartsWith("Polling Telegram failed", StringComparison.Ordinal));
        Assert.Equal(1001, failure.GetProperty("EventId").GetInt32());
        // The warning is one line with the reason; the exception itself follows at Debug.
        Assert.Contains("bot<token>/getUpdates", failure.GetProperty("Message").GetString(), StringComparison.Ordinal);
        var detail = Assert.Single(entries, e => e.GetProperty("EventId").GetInt32() == 1012);
        Assert.Contains("bot<token>/getUpdates", detail.GetProperty("Exception").GetString(), StringComparison.Ordinal);
        var text = console.ToString();
        Assert.DoesNotContain(token, text, StringComparison.Ordinal);
        Assert.DoesNotContain(token.Split(':')[1], text, StringComparison.Ordinal);
        Assert.DoesNotContain(Uri.EscapeDataString(token), text, StringComparison.Ordinal);
    }
}
