using HipBot.Core.Groups;
using HipBot.Core.Streaks;
using HipBot.Core.Training;
using static HipBot.Tests.Support.GroupWorld;

namespace HipBot.Tests.Core.Groups;

public class BoardTextTests
{
    private static readonly MemberRecord[] Members =
    [
        Runner(1, "Ana", TrainingDays.EveryDay, zone: "Pacific/Auckland", logs: [Full(Monday), Full(Monday.PlusDays(1)), Full(Wednesday)]),
        Runner(2, "Ben", TrainingDays.MonWedFri, zone: "America/Los_Angeles", logs: [Full(Monday)]),
        Runner(3, "Dan", TrainingDays.EveryDay, habit: HabitRecord.New with { PausedFrom = Monday }, logs: [Rest(Monday)]),
        Runner(4, "Eve", TrainingDays.EveryDay),
        Newcomer(5, "Fay"),
    ];

    [Fact]
    public void The_post_names_the_tiers_counts_the_rest_and_totals_the_club()
    {
        var board = FairBoard.Compute(Club, Members, Berlin(Wednesday, 21));

        var text = BoardText.Post(Club, Wednesday, board);

        Assert.Contains("Hip Club · day 3 of 28 · Wed 25 Nov", text, StringComparison.Ordinal);
        Assert.Contains("💯 Full week: Ana, Ben", text, StringComparison.Ordinal);
        Assert.Contains("🌱 3 more on their way", text, StringComparison.Ordinal);
        Assert.Contains("The club has done 4 sessions this week.", text, StringComparison.Ordinal);
    }

    [Fact]
    public void Nothing_private_is_ever_in_a_post_a_final_post_or_a_recap()
    {
        var board = FairBoard.Compute(Club, Members, Berlin(Wednesday, 21));

        foreach (var text in new[] { BoardText.Post(Club, Wednesday, board), BoardText.Final(Club, Wednesday, board), BoardText.Recap(Club, board) })
        {
            // Who has not reached half, who paused or skipped, who never set up: not by name.
            Assert.DoesNotContain("Dan", text, StringComparison.Ordinal);
            Assert.DoesNotContain("Eve", text, StringComparison.Ordinal);
            Assert.DoesNotContain("Fay", text, StringComparison.Ordinal);
            // Zones, levels, reps, misses, pauses and reasons: never.
            foreach (var word in new[] { "Auckland", "Los_Angeles", "Berlin", "level", "Level", "×", "x20", "reps", "miss", "pause", "skip", "sore", "injur", "streak" })
            {
                Assert.DoesNotContain(word, text, StringComparison.Ordinal);
            }
        }
    }

    [Fact]
    public void A_group_that_shows_counts_only_names_nobody()
    {
        var countsOnly = Club with { Visibility = BoardVisibility.CountsOnly };
        var board = FairBoard.Compute(countsOnly, Members, Berlin(Wednesday, 21));

        var text = BoardText.Post(countsOnly, Wednesday, board);

        Assert.Contains("💯 Full week: 2 members", text, StringComparison.Ordinal);
        Assert.DoesNotContain("Ana", text, StringComparison.Ordinal);
        Assert.DoesNotContain("Ben", text, StringComparison.Ordinal);
    }

    [Fact]
    public void A_big_clubs_tier_lists_forty_names_and_counts_the_rest_so_the_post_fits_one_message()
    {
        var many = Enumerable.Range(1, 1000).Select(i => Runner(i, "Runner" + i.ToString(System.Globalization.CultureInfo.InvariantCulture), TrainingDays.EveryDay, logs: [Full(Monday)])).ToArray();

        var text = BoardText.Post(Club, Monday, FairBoard.Compute(Club, many, Berlin(Monday, 20)));

        Assert.Contains(" and 960 more", text, StringComparison.Ordinal);
        Assert.InRange(text.Length, 1, 4096);
    }

    [Fact]
    public void An_empty_board_invites_the_first_member()
    {
        var text = BoardText.Post(Club, Monday, FairBoard.Compute(Club, [], Berlin(Monday, 7)));

        Assert.Contains("Nobody has joined yet", text, StringComparison.Ordinal);
        Assert.Contains("0 sessions", text, StringComparison.Ordinal);
    }

    [Fact]
    public void The_final_post_says_so_and_the_post_offers_both_buttons()
    {
        var board = FairBoard.Compute(Club, Members, Berlin(Wednesday, 21));

        Assert.Contains("(final)", BoardText.Final(Club, Wednesday, board), StringComparison.Ordinal);
        Assert.Equal(["✅ Done today", "➕ Join"], BoardText.PostButtons.Select(b => b.Text));
    }
}
