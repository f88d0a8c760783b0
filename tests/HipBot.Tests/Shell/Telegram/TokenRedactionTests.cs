using System.Collections;
using System.Collections.Concurrent;
using System.Diagnostics.Tracing;
using HipBot.Shell.Logging;
using HipBot.Shell.Telegram;
using HipBot.TelegramEmulator;
using HipBot.Tests.Support;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

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

        // The command menu is registered at start-up, so its failure needs a fresh start. The first start registers it in
        // the background, scope by scope, the admins' last: once that is done, the failure can only meet the second start,
        // which lives to log it (the first, stopped, would not).
        await telegram.WaitForCall(c => c.Method == "setMyCommands" && c.Succeeded && telegram.CommandsByScope.ContainsKey("all_chat_administrators"));
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

    [Fact]
    public async Task Every_provider_gets_the_message_values_scopes_and_exception_with_the_token_scrubbed_and_the_stack_trace_kept_at_every_level()
    {
        const string token = "123456789:AAsecretPartOfTheTokenForRedaction_0123";
        var url = $"https://api.telegram.org/bot{token}/getMe";
        var everything = new EverythingLogged();
        await using var services = new ServiceCollection()
            .AddLogging(logging => logging.SetMinimumLevel(LogLevel.Trace).AddProvider(everything))
            .AddSingleton(new Redaction(token))
            .AddRedactedLogging()
            .BuildServiceProvider();
        var failure = Thrown(new InvalidOperationException($"Calling {url} failed",
            new HttpRequestException($"POST /bot{Uri.EscapeDataString(token)}/getMe: connection reset")));
        failure.Data["request"] = url;
        var loggers = new[]
        {
            services.GetRequiredService<ILogger<TokenRedactionTests>>(),
            // A third-party category, made the way libraries make theirs.
            services.GetRequiredService<ILoggerFactory>().CreateLogger("System.Net.Http.HttpClient.Telegram"),
        };

        foreach (var logger in loggers)
        {
            foreach (var level in Enum.GetValues<LogLevel>().Where(l => l != LogLevel.None))
            {
                using (logger.BeginScope("Request {Url}", url))
                using (logger.BeginScope(url))
                {
                    logger.Log(level, new EventId(9, "Call"), failure, "Call to {Url} failed ({Uri}, {Parts})", url, new Uri(url), new[] { token, "x" });
                }
            }
        }

        Assert.Equal(12, everything.Calls.Count);
        Assert.All(everything.Calls, call =>
        {
            AssertNoToken(token, call);
            Assert.Contains("bot<token>/getMe", call, StringComparison.Ordinal);
            Assert.Contains("System.InvalidOperationException: Calling https://api.telegram.org/bot<token>/getMe failed", call, StringComparison.Ordinal);
            Assert.Contains("HttpRequestException: POST /bot123456789%3A<token>/getMe", call, StringComparison.Ordinal);
            Assert.Contains($"   at {nameof(HipBot)}.{nameof(Tests)}.", call, StringComparison.Ordinal);
        });
    }

    [Fact]
    public async Task A_failing_Bot_API_call_is_logged_with_its_stack_trace_by_every_provider_and_never_with_the_token()
    {
        var everything = new EverythingLogged();
        using var eventSource = new LoggingEvents();
        var console = new StringWriter();
        var stdout = Console.Out;
        // The console logger takes Console.Out when it is made, so this must come before the bot starts.
        Console.SetOut(console);
        List<string> captured;
        string token;
        try
        {
            await using var app = await HipBotApp.StartAsync(
                settings: new Dictionary<string, string?>
                {
                    ["Logging:LogLevel:Default"] = "Trace",
                    ["Logging:LogLevel:Microsoft"] = "Trace",
                    ["Logging:LogLevel:System"] = "Trace",
                },
                // The providers a production host has, beside the test's own capture.
                services: services => services.AddLogging(logging => logging.AddConsole().AddDebug().AddEventSourceLogger().AddProvider(everything)));
            var telegram = app.Telegram;
            token = telegram.Token;
            var firstRun = app.Logs;
            // Error texts that quote the request, as a proxy or a lower layer might: the token plain and URL-encoded.
            telegram.Faults.FailNext("setMyCommands", 1, 500, $"Internal Server Error for {telegram.BaseUrl}bot{token}/setMyCommands");
            telegram.Faults.FailNext("getUpdates", 1, 502, $"Bad Gateway for {telegram.BaseUrl}bot{Uri.EscapeDataString(token)}/getUpdates");

            await app.RestartAsync();
            var menuFailed = await telegram.WaitForCall(c => c.Method == "setMyCommands" && c.Injected);
            await telegram.WaitForCall(c => c.Method == "setMyCommands" && c.Succeeded && c.Elapsed > menuFailed.Elapsed);
            captured = [.. firstRun.Lines, .. app.Logs.Lines];
        }
        finally
        {
            // Disposing the bot drained the console logger's queue into the writer.
            Console.SetOut(stdout);
        }

        var outputs = new Dictionary<string, string>
        {
            ["capture"] = string.Join('\n', captured),
            ["everything a provider is handed"] = string.Join('\n', everything.Calls),
            ["console"] = console.ToString(),
            ["EventSource"] = eventSource.Text,
        };
        Assert.All(outputs, output =>
        {
            AssertNoToken(token, output.Value);
            foreach (var expected in new[]
            {
                "Polling Telegram failed",
                "Bad Gateway for http://127.0.0.1",
                "Registering the command menu failed",
                "bot<token>/setMyCommands",
                "Telegram Bot API error 502",
                "   at Telegram.Bot.",
            })
            {
                Assert.True(output.Value.Contains(expected, StringComparison.Ordinal), $"The {output.Key} output lacks \"{expected}\":\n{output.Value}");
            }
        });
        // The verbose levels were on, for HipBot's categories and the framework's alike.
        Assert.Contains(everything.Calls, c => c.StartsWith("Debug Microsoft.", StringComparison.Ordinal));
    }

    private static void AssertNoToken(string token, string text)
    {
        Assert.DoesNotContain(token, text, StringComparison.Ordinal);
        Assert.DoesNotContain(token[(token.IndexOf(':', StringComparison.Ordinal) + 1)..], text, StringComparison.Ordinal);
        Assert.DoesNotContain(Uri.EscapeDataString(token), text, StringComparison.Ordinal);
    }

    private static Exception Thrown(Exception exception)
    {
        try
        {
            throw exception;
        }
        catch (Exception thrown)
        {
            return thrown;
        }
    }

    private static bool IsWarning(string line) => line.StartsWith("Warning", StringComparison.Ordinal);

    /// <summary>Every bot message in the chat is different, and Telegram accepted exactly as many sends as the chat shows.</summary>
    private static void AssertEachBotMessageOnce(BotApiEmulator telegram, ScriptedUser user)
    {
        var fromBot = user.Transcript.FromBot.Select(m => m.Text).ToList();
        Assert.Equal(fromBot.Distinct().Count(), fromBot.Count);
        Assert.Equal(fromBot.Count, telegram.CallsTo("sendMessage").Count(c => c.ChatId == user.ChatId && c.Succeeded));
    }

    /// <summary>What the EventSource logger provider writes, every event and every field, at every level.</summary>
    private sealed class LoggingEvents : EventListener
    {
        private readonly ConcurrentQueue<string> events = new();

        public string Text => string.Join('\n', events);

        protected override void OnEventSourceCreated(EventSource eventSource)
        {
            if (eventSource.Name == "Microsoft-Extensions-Logging")
            {
                // Message, FormattedMessage and JsonMessage; the host's own filters (Trace here) decide the levels.
                EnableEvents(eventSource, EventLevel.Verbose, (EventKeywords)(2 | 4 | 8), new Dictionary<string, string?> { ["FilterSpecs"] = "UseAppFilters" });
            }
        }

        protected override void OnEventWritten(EventWrittenEventArgs eventData) =>
            events.Enqueue(string.Join('\n', eventData.Payload?.Select(Flatten) ?? []));

        private static string? Flatten(object? value) => value switch
        {
            string text => text,
            IEnumerable<KeyValuePair<string, object?>> fields => string.Join('\n', fields.Select(f => f.Key + "=" + Flatten(f.Value))),
            IEnumerable items => string.Join('\n', items.Cast<object?>().Select(Flatten)),
            _ => value?.ToString(),
        };
    }
}
