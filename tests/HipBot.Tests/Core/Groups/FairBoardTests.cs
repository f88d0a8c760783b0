using HipBot.Core.Groups;
using HipBot.Core.Streaks;
using HipBot.Core.Training;
using NodaTime;
using static HipBot.Tests.Support.GroupWorld;

namespace HipBot.Tests.Core.Groups;

public class FairBoardTests
{
    private static readonly Instant WednesdayEvening = Berlin(Wednesday, 20);

    private static MemberStanding Standing(MemberRecord member, Instant? at = null) =>
        Assert.Single(FairBoard.Compute(Club, [member], at ?? WednesdayEvening).Standings);

    [Fact]
    public void Sessions_count_on_the_members_own_training_days_so_far()
    {
        var monWedFri = Runner(1, "Ana", TrainingDays.MonWedFri, logs: [Full(Monday), Full(Wednesday)]);

        var standing = Standing(monWedFri);

        Assert.Equal((2, 2, 1.0), (standing.Done, standing.Planned, standing.Adherence));
    }

    [Fact]
    public void A_missed_training_day_is_planned_and_not_done()
    {
        var everyDay = Runner(1, "Ana", TrainingDays.EveryDay, logs: [Full(Monday), Full(Wednesday)]);

        var standing = Standing(everyDay);

        Assert.Equal((2, 3), (standing.Done, standing.Planned));
        Assert.Equal(2 / 3.0, standing.Adherence!.Value, 6);
    }

    [Fact]
    public void Today_counts_only_once_something_is_logged_so_nobody_drops_in_the_morning()
    {
        var everyDay = Runner(1, "Ana", TrainingDays.EveryDay, logs: [Full(Monday), Full(Wednesday.PlusDays(-1))]);

        var morning = Standing(everyDay, Berlin(Wednesday, 8));

        Assert.Equal((2, 2, 1.0), (morning.Done, morning.Planned, morning.Adherence));
    }

    [Fact]
    public void Skipped_and_paused_days_are_out_of_both_numbers()
    {
        var paused = HabitRecord.New with { PausedFrom = Monday.PlusDays(1), PausedUntil = Wednesday };
        var member = Runner(1, "Ana", TrainingDays.EveryDay, habit: paused, logs: [Rest(Monday), Full(Wednesday)]);

        var standing = Standing(member);

        Assert.Equal((1, 1, 1.0), (standing.Done, standing.Planned, standing.Adherence));
    }

    [Fact]
    public void A_late_joiner_is_measured_from_the_day_they_joined()
    {
        var late = Runner(1, "Ben", TrainingDays.EveryDay, joined: Berlin(Wednesday, 6), logs: [Full(Wednesday)]);

        var standing = Standing(late);

        Assert.Equal((1, 1, 1.0), (standing.Done, standing.Planned, standing.Adherence));
    }

    [Fact]
    public void A_session_on_a_rest_day_makes_up_for_a_missed_one_but_the_share_stops_at_100_percent()
    {
        // Mon/Wed/Fri: Monday missed, Tuesday done instead, Wednesday done, and an extra on... none needed.
        var moved = Runner(1, "Ana", TrainingDays.MonWedFri, logs: [Full(Monday.PlusDays(1)), Full(Wednesday)]);
        var keen = Runner(2, "Ben", TrainingDays.MonWedFri, logs: [Full(Monday), Full(Monday.PlusDays(1)), Full(Wednesday)]);

        Assert.Equal((2, 2, 1.0), (Standing(moved).Done, Standing(moved).Planned, Standing(moved).Adherence));
        Assert.Equal((3, 2, 1.0), (Standing(keen).Done, Standing(keen).Planned, Standing(keen).Adherence));
    }

    [Fact]
    public void A_partial_day_is_a_session_done()
    {
        var member = Runner(1, "Ana", TrainingDays.MonWedFri, logs: [Partial(Monday)]);

        Assert.Equal(1.0, Standing(member, Berlin(Wednesday, 8)).Adherence);
    }

    [Fact]
    public void Members_days_are_their_own_local_days()
    {
        // 23:30 Wednesday in Berlin is already Thursday in Auckland: her Thursday session counts, her Wednesday is gone by.
        var auckland = Runner(1, "Kiri", TrainingDays.EveryDay, zone: "Pacific/Auckland", joined: Berlin(Monday, 0),
            logs: [Full(Monday), Full(Monday.PlusDays(1)), Full(Wednesday), Full(Wednesday.PlusDays(1))]);
        var losAngeles = Runner(2, "Lou", TrainingDays.EveryDay, zone: "America/Los_Angeles", joined: Berlin(Monday, 10),
            logs: [Full(Monday), Full(Monday.PlusDays(1))]);

        var board = FairBoard.Compute(Club, [auckland, losAngeles], Berlin(Wednesday, 23, 30));

        Assert.Equal((4, 4), (board.Standings[0].Done, board.Standings[0].Planned));
        // 14:30 Wednesday in Los Angeles: Monday and Tuesday done, Wednesday still to come.
        Assert.Equal((2, 2), (board.Standings[1].Done, board.Standings[1].Planned));
    }

    [Fact]
    public void The_week_resets_on_Monday_in_the_groups_zone()
    {
        var member = Runner(1, "Ana", TrainingDays.EveryDay, logs: [Full(Monday), Full(Monday.PlusDays(6))]);
        var nextMonday = Monday.PlusDays(7);

        var sunday = FairBoard.Compute(Club, [member], Berlin(nextMonday, 0).Minus(Duration.FromMinutes(1)));
        var monday = FairBoard.Compute(Club, [member], Berlin(nextMonday, 0).Plus(Duration.FromMinutes(1)));

        Assert.Equal((Monday, 2), (sunday.WeekStart, sunday.ClubSessions));
        Assert.Equal((nextMonday, 0), (monday.WeekStart, monday.ClubSessions));
        Assert.Null(monday.Standings[0].Adherence);
    }

    [Fact]
    public void The_first_week_starts_on_the_challenges_first_day()
    {
        var fromWednesday = Club with { StartsOn = Wednesday };
        var member = Runner(1, "Ana", TrainingDays.EveryDay, logs: [Full(Monday), Full(Wednesday)]);

        var board = FairBoard.Compute(fromWednesday, [member], WednesdayEvening);

        Assert.Equal((Wednesday, 1, 1.0), (board.WeekStart, board.ClubSessions, board.Standings[0].Adherence));
    }

    [Theory]
    [InlineData(1.0, BoardTier.FullWeek)]
    [InlineData(0.8, BoardTier.ThreeQuarters)]
    [InlineData(0.75, BoardTier.ThreeQuarters)]
    [InlineData(0.5, BoardTier.Half)]
    [InlineData(0.49, null)]
    [InlineData(0.0, null)]
    [InlineData(null, null)]
    public void Tiers(double? adherence, BoardTier? tier) => Assert.Equal(tier, FairBoard.TierOf(adherence));

    [Fact]
    public void Tiers_name_only_members_at_half_or_more_best_first_and_count_the_rest()
    {
        var thursday = Wednesday.PlusDays(1);
        var tuesday = Monday.PlusDays(1);
        MemberRecord[] members =
        [
            Runner(1, "Cleo", TrainingDays.EveryDay, logs: [Full(Monday), Full(tuesday), Full(thursday)]),             // 3/4
            Runner(2, "Ana", TrainingDays.EveryDay, logs: [Full(Monday), Full(tuesday), Full(Wednesday), Full(thursday)]), // 4/4
            Runner(3, "Dan", TrainingDays.EveryDay),                                                                   // 0/3: not named
            Runner(4, "Ben", TrainingDays.MonWedFri, logs: [Full(Monday), Full(Wednesday)]),                          // 2/2
            Runner(5, "Eve", TrainingDays.EveryDay, logs: [Full(Monday), Full(tuesday)]),                             // 2/3
            Runner(8, "Hal", TrainingDays.EveryDay, logs: [Full(Monday)]),                                            // 1/3: not named
            Newcomer(6, "Fay"),                                                                                        // not set up
            Runner(7, "Gil", TrainingDays.EveryDay, logs: [Full(Monday)]) with { Member = new GroupMember(7, "Gil", Berlin(Monday, 0), LeftAt: Berlin(Monday, 12)) },
        ];

        var board = FairBoard.Compute(Club, members, Berlin(thursday, 20));

        Assert.Equal(["Ana", "Ben"], board.Tiers[BoardTier.FullWeek]);
        Assert.Equal(["Cleo"], board.Tiers[BoardTier.ThreeQuarters]);
        Assert.Equal(["Eve"], board.Tiers[BoardTier.Half]);
        Assert.Equal(3, board.OnTheirWay);
        Assert.Equal(12, board.ClubSessions);
        Assert.DoesNotContain(board.Standings, s => s.UserId == 7);
    }
}
