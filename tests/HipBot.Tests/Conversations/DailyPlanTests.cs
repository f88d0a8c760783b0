using Dapper;
using HipBot.Testing;
using HipBot.Tests.Support;
using NodaTime;

namespace HipBot.Tests.Conversations;

public class DailyPlanTests
{
    private static readonly DateTimeZone NewYork = DateTimeZoneProviders.Tzdb["America/New_York"];

    private static DateTimeOffset NewYorkTime(int month, int day, int hour, int minute = 0) =>
        new LocalDateTime(2026, month, day, hour, minute).InZoneLeniently(NewYork).ToDateTimeOffset();

    [Fact]
    public async Task A_New_York_runner_gets_one_plan_each_training_day_at_seven_local_across_the_november_change()
    {
        await using var app = await HipBotApp.StartAsync(now: NewYorkTime(10, 27, 20));
        var ana = app.AddUser();
        await HipBotApp.OnboardAsync(ana, zone: "tz:America/New_York", time: "time:07:00", days: "days:21");

        var arrivals = new List<ZonedDateTime>();
        while (app.Clock.GetUtcNow() < NewYorkTime(11, 7, 0))
        {
            if (await app.AdvanceAsync(TimeSpan.FromMinutes(15)) > 0)
            {
                var plan = await ana.NextMessage();
                Assert.Contains("Hip work", plan.Text, StringComparison.Ordinal);
                arrivals.Add(Instant.FromDateTimeOffset(app.Clock.GetUtcNow()).InZone(NewYork));
                await ana.Send("done");
                await ana.NextMessage();
            }
        }

        // Mon/Wed/Fri from Wed 28 Oct to Fri 6 Nov; clocks fell back on Sunday 1 Nov.
        Assert.Equal(
            [new LocalDate(2026, 10, 28), new(2026, 10, 30), new(2026, 11, 2), new(2026, 11, 4), new(2026, 11, 6)],
            arrivals.Select(a => a.Date));
        Assert.All(arrivals, a => Assert.Equal(new LocalTime(7, 0), a.TimeOfDay));
        Assert.Equal(0, ana.Unread);
    }

    [Fact]
    public async Task A_check_in_that_changes_nothing_on_the_plan_leaves_the_plan_message_as_it_is()
    {
        await using var app = await HipBotApp.StartAsync(now: NewYorkTime(11, 24, 20));
        var ana = app.AddUser();
        await HipBotApp.OnboardAsync(ana, zone: "tz:America/New_York", days: "days:127");
        await app.SetTimeAsync(NewYorkTime(11, 25, 7));
        var plan = await ana.NextMessage();
        await ana.Send("done");
        await ana.NextMessage();
        Assert.Equal(plan.MessageId, (await ana.NextEdit()).MessageId);

        // More clamshells on a finished day are logged, but the plan already shows the day done: nothing changes on it.
        await ana.Send("clams 3x20");
        await ana.NextMessage();
        // A chat's messages go in order: once this answer is in, anything queued before it has gone out too.
        await ana.Send("/help");
        await ana.NextMessage();

        Assert.Single(app.Telegram.CallsTo("editMessageText"));
        Assert.DoesNotContain(app.Telegram.Calls, c => c.StatusCode == 400);
    }

    [Fact]
    public async Task A_restart_just_after_the_plan_went_out_does_not_send_it_again()
    {
        await using var app = await HipBotApp.StartAsync(now: NewYorkTime(11, 24, 20));
        var ana = app.AddUser();
        await HipBotApp.OnboardAsync(ana, zone: "tz:America/New_York", days: "days:127");
        await app.SetTimeAsync(NewYorkTime(11, 25, 7));
        await ana.NextMessage();

        app.Clock.SetUtcNow(NewYorkTime(11, 25, 7).AddSeconds(30));
        await app.RestartAsync();
        Assert.Equal(0, await app.TickAsync());
        await ana.Send("/help");

        Assert.Contains("Here's what I understand", (await ana.NextMessage()).Text, StringComparison.Ordinal);
        Assert.Single(ana.Transcript.FromBot, m => m.Text!.Contains("Hip work", StringComparison.Ordinal));
    }

    [Fact]
    public async Task A_plan_missed_by_downtime_arrives_late_the_same_day_and_not_after_the_cut_off()
    {
        await using var app = await HipBotApp.StartAsync(now: NewYorkTime(11, 24, 20));
        var ana = app.AddUser();
        await HipBotApp.OnboardAsync(ana, zone: "tz:America/New_York", days: "days:127");

        // Down from before 07:00 until noon: the plan comes late, and says so.
        app.Clock.SetUtcNow(NewYorkTime(11, 25, 12));
        await app.RestartAsync();
        await app.TickAsync();
        var late = await ana.NextMessage();
        Assert.Contains("later than planned", late.Text, StringComparison.Ordinal);
        await ana.Send("done");
        await ana.NextMessage();

        // Down through the whole of the next day until after the cut-off: that day's plan is skipped.
        app.Clock.SetUtcNow(NewYorkTime(11, 26, 22));
        await app.RestartAsync();
        Assert.Equal(0, await app.TickAsync());
        // The restarted bot's own start-up tick may still be running and queue Friday's plan itself, so the plan that
        // arrives is asserted, not which tick queued it: Thursday's never comes.
        await app.SetTimeAsync(NewYorkTime(11, 27, 7));
        var friday = await ana.NextMessage();
        Assert.Contains("Fri 27 Nov", friday.Text, StringComparison.Ordinal);
        Assert.DoesNotContain(ana.Transcript.FromBot, m => m.Text!.Contains("Thu 26 Nov", StringComparison.Ordinal));
        await app.WaitUntilIdleAsync();
        Assert.Single(ana.Transcript.FromBot, m => m.Text!.Contains("Fri 27 Nov", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData(ReceiveMode.Polling)]
    [InlineData(ReceiveMode.Webhook)]
    public async Task Typing_3x20_done_and_pressing_done_record_the_same_and_edit_the_plan(ReceiveMode mode)
    {
        await using var app = await HipBotApp.StartAsync(now: NewYorkTime(11, 24, 20), mode: mode);
        var ana = app.AddUser("Ana");
        var ben = app.AddUser("Ben");
        await HipBotApp.OnboardAsync(ana, zone: "tz:America/New_York", days: "days:127");
        await HipBotApp.OnboardAsync(ben, zone: "tz:America/New_York", days: "days:127");
        await app.SetTimeAsync(NewYorkTime(11, 25, 7));
        var anasPlan = await ana.NextMessage();
        var bensPlan = await ben.NextMessage();

        await ana.Send("2x10 done");
        var reply = await ana.NextMessage();
        var anasEdit = await ana.NextEdit();
        var press = await ben.Press(bensPlan, "✅ Done");
        var bensEdit = await ben.NextEdit();

        Assert.Contains("That's everything", reply.Text, StringComparison.OrdinalIgnoreCase);
        Assert.Equal(anasPlan.MessageId, anasEdit.MessageId);
        Assert.Equal(bensPlan.MessageId, bensEdit.MessageId);
        Assert.Equal(anasEdit.Text, bensEdit.Text);
        Assert.Contains("✅", anasEdit.Text, StringComparison.Ordinal);
        Assert.Empty(anasEdit.Buttons);
        Assert.NotNull((await press.WaitForAnswer()).Text);
        Assert.Equal(await LoggedAsync(app, ana.ChatId), await LoggedAsync(app, ben.ChatId));
        Assert.Equal("2026-11-25 1 2x10 full; 2026-11-25 2 2x10 full; 2026-11-25 3 2x10 full", await LoggedAsync(app, ana.ChatId));
    }

    [Fact]
    public async Task Undo_takes_back_the_last_check_in()
    {
        await using var app = await HipBotApp.StartAsync(now: NewYorkTime(11, 24, 20));
        var ana = app.AddUser();
        await HipBotApp.OnboardAsync(ana, zone: "tz:America/New_York", days: "days:127");
        await app.SetTimeAsync(NewYorkTime(11, 25, 7));
        await ana.NextMessage();
        await ana.Send("clams 2x10");
        await ana.NextMessage();

        await ana.Send("/undo");

        Assert.Contains("Undone: clamshells 2 × 10", (await ana.NextMessage()).Text, StringComparison.Ordinal);
        Assert.Equal("", await LoggedAsync(app, ana.ChatId));
    }

    [Fact]
    public async Task Later_brings_the_plan_back_two_hours_on()
    {
        await using var app = await HipBotApp.StartAsync(now: NewYorkTime(11, 24, 20));
        var ana = app.AddUser();
        await HipBotApp.OnboardAsync(ana, zone: "tz:America/New_York", days: "days:127");
        await app.SetTimeAsync(NewYorkTime(11, 25, 7));
        var plan = await ana.NextMessage();

        var press = await ana.Press(plan, "⏰ Later");
        Assert.Contains("09:00", (await press.WaitForAnswer()).Text, StringComparison.Ordinal);
        Assert.Equal(0, await app.SetTimeAsync(NewYorkTime(11, 25, 8, 59)));
        Assert.Equal(1, await app.SetTimeAsync(NewYorkTime(11, 25, 9)));

        Assert.Contains("again", (await ana.NextMessage()).Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_forwarded_check_in_is_not_logged_and_the_runner_is_asked_for_their_own()
    {
        await using var app = await HipBotApp.StartAsync(now: NewYorkTime(11, 24, 20));
        var ana = app.AddUser();
        await HipBotApp.OnboardAsync(ana, zone: "tz:America/New_York", days: "days:127");
        await app.SetTimeAsync(NewYorkTime(11, 25, 7));
        await ana.NextMessage();

        await ana.Forward("3x20 done", "Ben");

        Assert.StartsWith("That's a forwarded message, so I haven't logged it", (await ana.NextMessage()).Text, StringComparison.Ordinal);
        await app.WaitUntilIdleAsync();
        Assert.Equal("", await LoggedAsync(app, ana.ChatId));
        // The plan is not touched (the setup questions lost their buttons as they were answered).
        Assert.Equal(0, ana.Transcript.FromBot.Count(m => m.EditCount > 0 && m.Text!.Contains("Hip work", StringComparison.Ordinal)));
    }

    private static async Task<string> LoggedAsync(HipBotApp app, long chatId)
    {
        await using var connection = await app.OpenDatabaseAsync();
        var rows = await connection.QueryAsync<string>(
            """
            SELECT local_date || ' ' || exercise || ' ' || sets || 'x' || reps_per_side || CASE is_full WHEN 1 THEN ' full' ELSE '' END
            FROM check_ins WHERE chat_id = @chatId AND skipped = 0 ORDER BY exercise
            """, new { chatId });
        return string.Join("; ", rows);
    }

    [Fact]
    public async Task Work_done_before_the_reminder_means_no_plan_with_fresh_buttons_and_part_of_it_brings_only_the_rest()
    {
        await using var app = await HipBotApp.StartAsync(now: NewYorkTime(11, 24, 20));
        var ana = app.AddUser();
        await HipBotApp.OnboardAsync(ana, zone: "tz:America/New_York", days: "days:127");

        // Wednesday: all done at 06:30; the 07:00 plan stays away.
        app.Clock.SetUtcNow(NewYorkTime(11, 25, 6, 30));
        await ana.Send("done");
        await ana.NextMessage();
        Assert.Equal(0, await app.SetTimeAsync(NewYorkTime(11, 25, 7)));

        // Thursday: the clamshells before breakfast; the plan brings what is left.
        app.Clock.SetUtcNow(NewYorkTime(11, 26, 6, 30));
        await ana.Send("clams done");
        await ana.NextMessage();
        Assert.Equal(1, await app.SetTimeAsync(NewYorkTime(11, 26, 7)));
        var plan = await ana.NextMessage();
        Assert.StartsWith("You've made a start already, so here's what's left.", plan.Text, StringComparison.Ordinal);
        Assert.Contains("✅ Clamshells", plan.Text, StringComparison.Ordinal);
        Assert.True(plan.HasButton("✅ Done"));
    }
}
