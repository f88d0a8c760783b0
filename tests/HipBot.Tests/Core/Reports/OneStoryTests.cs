using HipBot.Core.Chats;
using HipBot.Core.Messages;
using HipBot.Core.Streaks;
using HipBot.Core.Training;
using NodaTime;
using static HipBot.Tests.Support.CoreWorld;

namespace HipBot.Tests.Core.Reports;

/// <summary>/stats' calendar and /history read the same days: they must say the same thing about each.</summary>
public class OneStoryTests
{
    private static readonly LocalDate Joined = Today.PlusDays(-12);

    /// <summary>Mon/Wed/Fri since Friday 13 Nov; today is Wednesday 25 Nov at 09:00, so Monday the 23rd closed and yesterday is a rest day.</summary>
    private static (ChatState State, ChatContext Context) Ana()
    {
        var state = Runner(lastClosed: Today.PlusDays(-2), days: TrainingDays.MonWedFri) with { JoinedOn = Joined };
        var context = Context(TodayAt(9),
            Full(Joined), Partial(Today.PlusDays(-10)), Full(Today.PlusDays(-7)), RestMarked(Today.PlusDays(-5)), Full(Today.PlusDays(-4)), Full(Today)) with
        {
            Outcomes = Outcomes(
                (Joined, DayOutcome.Done), (Today.PlusDays(-9), DayOutcome.Missed), (Today.PlusDays(-7), DayOutcome.Done),
                (Today.PlusDays(-5), DayOutcome.Skipped), (Today.PlusDays(-2), DayOutcome.Missed)),
        };
        return (state, context);
    }

    private static string Reply(ChatState state, ChatContext context, string command) =>
        PrivateChat.Handle(state, Command(command), context).Out.OfType<SendMessage>().First().Reply.Text;

    [Fact]
    public void The_stats_calendar_and_history_mark_every_day_alike()
    {
        var (state, context) = Ana();

        var history = Reply(state, context, "history").Split('\n').Skip(2)
            .Select(line => line.Split(" · ")).ToDictionary(p => p[0], p => p[1].Split(' ')[0]);
        var calendar = Reply(state, context, "stats").Split('\n')
            .Where(line => line.Contains("  ", StringComparison.Ordinal) && !line.Contains(':', StringComparison.Ordinal)).ToList();
        var marks = new Dictionary<LocalDate, string>();
        var firstMonday = Today.PlusDays(1 - (int)Today.DayOfWeek);
        foreach (var row in calendar)
        {
            var parts = row.Split("  ");
            var monday = firstMonday.PlusDays(-7 * (calendar.Count - 1 - calendar.IndexOf(row)));
            var cells = parts[0].Split(' ');
            for (var i = 0; i < cells.Length; i++)
            {
                marks[monday.PlusDays(i)] = cells[i];
            }
        }

        Assert.NotEmpty(history);
        foreach (var (label, mark) in history)
        {
            var date = marks.Keys.Single(d => label.EndsWith(HipBot.Core.Reports.DateText.Short(d), StringComparison.Ordinal) && label.StartsWith(HipBot.Core.Reports.DateText.Weekday(d), StringComparison.Ordinal));
            Assert.True(marks[date] == mark, $"{label}: the calendar shows {marks[date]}, /history {mark}");
        }
    }

    [Fact]
    public void History_tells_each_kind_of_day_in_words()
    {
        var (state, context) = Ana();

        var history = Reply(state, context, "history");

        Assert.DoesNotContain("Thu 12 Nov", history, StringComparison.Ordinal);
        Assert.Contains("Fri 13 Nov · ✅ done", history, StringComparison.Ordinal);
        Assert.Contains("Sun 15 Nov · 🟡 extra session, part of it", history, StringComparison.Ordinal);
        Assert.Contains("Mon 16 Nov · ❌ missed", history, StringComparison.Ordinal);
        Assert.Contains("Wed 18 Nov · ✅ done", history, StringComparison.Ordinal);
        Assert.Contains("Fri 20 Nov · ⏸️ skipped", history, StringComparison.Ordinal);
        Assert.Contains("Sat 21 Nov · ✅ extra session", history, StringComparison.Ordinal);
        Assert.Contains("Mon 23 Nov · ❌ missed", history, StringComparison.Ordinal);
        Assert.Contains("Wed 25 Nov · ✅ done", history, StringComparison.Ordinal);
    }

    [Fact]
    public void An_open_training_day_is_open_not_rest()
    {
        // Monday's plan went out; at 09:00 on Tuesday, Monday is still open.
        var state = Runner(lastClosed: Today.PlusDays(-3), days: TrainingDays.MonWedFri) with { JoinedOn = Joined };
        var context = Context(At(Today.PlusDays(-1), 9));

        Assert.Contains("Mon 23 Nov · ⏳ open", Reply(state, context, "history"), StringComparison.Ordinal);
        var stats = Reply(state, context, "stats");
        Assert.Contains("⏳ 🔵  23 Nov", stats, StringComparison.Ordinal);
        Assert.Contains("⏳ open", stats, StringComparison.Ordinal);
    }

    [Fact]
    public void Stats_says_reps_are_per_side_and_leaves_out_weeks_before_the_start()
    {
        var (state, context) = Ana();

        var stats = Reply(state, context, "stats");

        Assert.Contains("Reps so far (per side)", stats, StringComparison.Ordinal);
        Assert.DoesNotContain("26 Oct", stats, StringComparison.Ordinal);
        Assert.Contains("➖ ➖ ➖ ➖ ✅ ▫️ 🟡  9 Nov", stats, StringComparison.Ordinal);
    }
}
