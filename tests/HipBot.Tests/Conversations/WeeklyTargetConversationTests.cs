using HipBot.Tests.Support;
using NodaTime;

namespace HipBot.Tests.Conversations;

/// <summary>A runner who plans weeks, not weekdays: "twice a week, any days".</summary>
public class WeeklyTargetConversationTests
{
    private static readonly DateTimeZone Berlin = DateTimeZoneProviders.Tzdb["Europe/Berlin"];

    /// <summary>Berlin wall-clock time in the week of Monday 23 November 2026 (day 0).</summary>
    private static DateTimeOffset At(int day, int hour) =>
        new LocalDate(2026, 11, 23).PlusDays(day).At(new LocalTime(hour, 0)).InZoneLeniently(Berlin).ToDateTimeOffset();

    [Fact]
    public async Task Twice_a_week_on_any_days_sends_plans_until_the_week_is_met_and_counts_the_week()
    {
        await using var app = await HipBotApp.StartAsync(now: At(-1, 20));
        var cleo = app.AddUser("Cleo");
        await cleo.Send("/start");
        await cleo.NextMessage();
        await cleo.Press("tz:Europe/Berlin");
        await cleo.NextMessage();
        await cleo.Press("time:07:00");
        var days = await cleo.NextMessage();
        Assert.True(days.HasButton("weekly:3"));
        await cleo.Send("twice a week, any days");
        Assert.StartsWith("2 times a week, any days. 👍", (await cleo.NextMessage()).Text, StringComparison.Ordinal);
        await cleo.Press("band:no");
        Assert.Contains("📅 Days: 2 times a week, any days (plans on Tue, Thu while the week needs them)", (await cleo.NextMessage()).Text, StringComparison.Ordinal);
        await cleo.Press("confirm:yes");
        await app.WaitUntilIdleAsync();
        cleo.ReadAll();

        // Monday, a day without a plan: a session all the same.
        await app.SetTimeAsync(At(0, 18));
        await cleo.Send("done");
        Assert.Contains("This week: 1 of 2 sessions.", (await cleo.NextMessage()).Text, StringComparison.Ordinal);
        // Tuesday's plan comes: the week needs one more.
        Assert.Equal(1, await app.SetTimeAsync(At(1, 7)));
        Assert.StartsWith("Hip work", (await cleo.NextMessage()).Text, StringComparison.Ordinal);
        // Done on Wednesday instead.
        app.Clock.SetUtcNow(At(2, 18));
        await cleo.Send("done");
        Assert.Contains("That's 2 of 2 this week: the week's done.", (await cleo.NextMessage()).Text, StringComparison.Ordinal);
        // Thursday: the week is met, no plan.
        Assert.Equal(0, await app.SetTimeAsync(At(3, 7)));
        await cleo.Send("/stats");
        var midweek = (await cleo.NextMessage()).Text;
        Assert.Contains("This week: 2 sessions, your 2 met ✅", midweek, StringComparison.Ordinal);
        await app.WaitUntilIdleAsync();
        cleo.ReadAll();

        // The next Tuesday's plan comes, and the week met is a week in the streak.
        Assert.Equal(1, await app.SetTimeAsync(At(8, 7)));
        Assert.StartsWith("Hip work · Tue 1 Dec", (await cleo.NextMessage()).Text, StringComparison.Ordinal);
        await cleo.Send("/stats");
        var stats = (await cleo.NextMessage()).Text;
        Assert.Contains("🔥 Streak: 1 week met (best 1)", stats, StringComparison.Ordinal);
        Assert.Contains("This week: 0 of 2 sessions", stats, StringComparison.Ordinal);
        Assert.Contains("✅ ▫️ ✅ ▫️ ▫️ ▫️ ▫️  23 Nov", stats, StringComparison.Ordinal);
    }
}
