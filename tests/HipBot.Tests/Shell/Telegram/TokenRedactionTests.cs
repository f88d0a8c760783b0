using HipBot.Shell.Telegram;
using HipBot.TelegramEmulator;
using HipBot.Tests.Support;
using Microsoft.Extensions.DependencyInjection;

namespace HipBot.Tests.Shell.Telegram;

public class TokenRedactionTests
{
    [Fact]
    public async Task The_bot_token_appears_in_no_log_line_while_every_kind_of_call_fails_and_nothing_is_lost_or_doubled()
    {
        var flaky = new FlakyChats();
        await using var app = await HipBotApp.StartAsync(
            // appsettings.json beside the binary says Information; this test wants every line the bot can write.
            settings: new Dictionary<string, string?>
            {
                ["Logging:LogLevel:Default"] = "Trace",
                ["Logging:LogLevel:Microsoft"] = "Trace",
                ["Logging:LogLevel:System"] = "Trace",
            },
            services: services =>
            {
                flaky.Install(services);
                services.Configure<InboxOptions>(o => o.RetryDelay = TimeSpan.FromMilliseconds(100));
            });
        var telegram = app.Telegram;
        var token = telegram.Token;
        var secret = token[(token.IndexOf(':', StringComparison.Ordinal) + 1)..];
        var firstRun = app.Logs;

        // The command menu is registered at start-up, so its failure needs a fresh start.
        telegram.Faults.FailNext("setMyCommands", 1, 500, "Internal Server Error");
        await app.RestartAsync();

        // Ana's first update fails in the handler with an error that quotes the request URL, token and all, plain and
        // URL-encoded, as a lower layer might; then her welcome is dropped, refused with 500 and with 429 before it goes out.
        var ana = app.AddUser("Ana");
        flaky.Break(ana.ChatId, times: 1, error: () => new HttpRequestException(
            $"POST {telegram.BaseUrl}bot{token}/sendMessage failed; retried {telegram.BaseUrl}bot{Uri.EscapeDataString(token)}/sendMessage"));
        telegram.Faults.DropNext("sendMessage");
        telegram.Faults.FailNext("sendMessage", 1, 500, "Internal Server Error");
        telegram.Faults.TooManyRequestsNext("sendMessage", retryAfterSeconds: 1);
        await ana.Send("/start");
        await flaky.WaitForFailures(ana.ChatId, 1);
        // Meanwhile polling fails: Ben's message ends the long poll under way, and the next one gets a 502.
        telegram.Faults.FailNext("getUpdates", 1, 502, "Bad Gateway");
        var ben = app.AddUser("Ben");
        await ben.Send("/start");

        await ana.NextMessage();
        foreach (var data in new[] { "tz:Europe/Berlin", "time:07:00", "days:21", "band:no", "confirm:yes" })
        {
            await ana.Press(data);
            await ana.NextMessage();
        }
        Assert.Contains("Hi, Ben", (await ben.NextMessage()).Text, StringComparison.Ordinal);
        var menuFailed = await telegram.WaitForCall(c => c.Method == "setMyCommands" && c.Injected);
        await telegram.WaitForCall(c => c.Method == "setMyCommands" && c.Succeeded && c.Elapsed > menuFailed.Elapsed);

        Assert.True(ana.Transcript.AnyFromBotContaining("You're all set"), ana.Transcript.ToString());
        AssertEachBotMessageOnce(telegram, ana);
        AssertEachBotMessageOnce(telegram, ben);
        Assert.Equal(0, telegram.Faults.Pending("sendMessage") + telegram.Faults.Pending("getUpdates") + telegram.Faults.Pending("setMyCommands"));

        var lines = firstRun.Lines.Concat(app.Logs.Lines).ToList();
        Assert.All(lines, line =>
        {
            Assert.DoesNotContain(token, line, StringComparison.Ordinal);
            Assert.DoesNotContain(secret, line, StringComparison.Ordinal);
        });
        // The failures were logged, so the lines above did have a chance to leak; and the verbose levels were on.
        Assert.Contains(lines, l => IsWarning(l) && l.Contains("Registering the command menu failed", StringComparison.Ordinal));
        Assert.Contains(lines, l => IsWarning(l) && l.Contains("Polling Telegram failed", StringComparison.Ordinal));
        Assert.Contains(lines, l => IsWarning(l) && l.Contains("Delivering outbox row", StringComparison.Ordinal));
        Assert.Contains(lines, l => IsWarning(l) && l.Contains("bot<token>/sendMessage", StringComparison.Ordinal));
        Assert.Contains(lines, l => l.StartsWith("Debug", StringComparison.Ordinal) || l.StartsWith("Trace", StringComparison.Ordinal));
    }

    [Fact]
    public void Redaction_scrubs_the_token_and_its_secret_part_from_exception_text()
    {
        const string token = "123456789:AAsecretPartOfTheTokenForRedaction_0123";
        var redaction = new Redaction(token);

        var text = redaction.Describe(new InvalidOperationException(
            "outer", new HttpRequestException($"GET https://api.telegram.org/bot{token}/getMe and /bot{Uri.EscapeDataString(token)}/getMe")));

        Assert.DoesNotContain("AAsecretPartOfTheTokenForRedaction_0123", text, StringComparison.Ordinal);
        Assert.Contains("bot<token>/getMe", text, StringComparison.Ordinal);
        Assert.Contains("HttpRequestException", text, StringComparison.Ordinal);
    }

    private static bool IsWarning(string line) => line.StartsWith("Warning", StringComparison.Ordinal);

    /// <summary>Every bot message in the chat is different, and Telegram accepted exactly as many sends as the chat shows.</summary>
    private static void AssertEachBotMessageOnce(BotApiEmulator telegram, ScriptedUser user)
    {
        var fromBot = user.Transcript.FromBot.Select(m => m.Text).ToList();
        Assert.Equal(fromBot.Distinct().Count(), fromBot.Count);
        Assert.Equal(fromBot.Count, telegram.CallsTo("sendMessage").Count(c => c.ChatId == user.ChatId && c.Succeeded));
    }
}
