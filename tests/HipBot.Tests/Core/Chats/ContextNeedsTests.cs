using HipBot.Core.Chats;
using HipBot.Core.Plans;
using HipBot.Core.Streaks;
using HipBot.Tests.Support;

namespace HipBot.Tests.Core.Chats;

public class ContextNeedsTests
{
    public static TheoryData<Input, ContextNeeds> Inputs => new()
    {
        { new CommandInput("help", ""), ContextNeeds.OpenDays },
        { new CommandInput("settings", ""), ContextNeeds.OpenDays },
        { new CommandInput("pause", "7 days"), ContextNeeds.OpenDays },
        // The calendar and the level-up rule look weeks back.
        { new CommandInput("stats", ""), ContextNeeds.History | ContextNeeds.PlanLevels | ContextNeeds.RecentWeeks },
        { new CommandInput("export", ""), ContextNeeds.History | ContextNeeds.FullRecord },
        { new CommandInput("privacy", ""), ContextNeeds.OpenDays },
        { new CommandInput("deleteme", ""), ContextNeeds.OpenDays },
        { new CommandInput("history", ""), ContextNeeds.History | ContextNeeds.RecentWeeks },
        // /undo describes a closed day's plan at that day's level.
        { new CommandInput("undo", ""), ContextNeeds.LatestCheckIn | ContextNeeds.History | ContextNeeds.PlanLevels },
        { new ButtonInput("undo:yes:42", 1, "q"), ContextNeeds.LatestCheckIn | ContextNeeds.History | ContextNeeds.PlanLevels },
        { new TextInput("yes, undo it"), ContextNeeds.LatestCheckIn | ContextNeeds.History | ContextNeeds.PlanLevels },
        // Most turns are about today; one that corrects a closed day asks for the closed days then (below).
        { new TextInput("3x20 done"), ContextNeeds.OpenDays },
        { new TextInput("done yesterday"), ContextNeeds.OpenDays },
        { new ButtonInput("why:motivation", 1, "q"), ContextNeeds.OpenDays },
        { new ButtonInput("level:up", 1, "q"), ContextNeeds.RecentHistory | ContextNeeds.RecentWeeks },
        { new ForwardedInput(), ContextNeeds.OpenDays },
    };

    [Theory]
    [MemberData(nameof(Inputs))]
    public void A_turn_loads_only_the_history_its_input_can_use(Input input, ContextNeeds expected) =>
        Assert.Equal(expected, PrivateChat.Needs(input));

    [Fact]
    public void A_check_in_for_today_reads_no_closed_day_and_one_that_corrects_a_closed_day_asks_for_them()
    {
        var runner = CoreWorld.Runner();
        var unread = CoreWorld.Context(CoreWorld.TodayAt(20)) with { OutcomesRead = false };

        var today = PrivateChat.Handle(runner, new TextInput("3x20 done"), unread);
        var missing = Assert.Throws<MissingContext>(() => PrivateChat.Handle(runner, new TextInput("3x20 done yesterday"), unread));

        Assert.Contains(today.Effects, e => e is SaveCheckIn { Date: var date } && date == CoreWorld.Today);
        Assert.Equal(ContextNeeds.RecentHistory, missing.Needs);
    }

    [Fact]
    public void The_daily_plan_reads_only_when_the_user_last_logged_beyond_the_open_days() =>
        Assert.Equal(ContextNeeds.LastCheckInDate, DailyPlanner.Needs);

    [Fact]
    public void A_weekly_target_has_its_week_loaded_for_every_turn_and_fixed_days_only_today()
    {
        var fixedDays = CoreWorld.Runner();
        var weekly = fixedDays with { Settings = fixedDays.Settings with { TimesPerWeek = 3 } };

        Assert.Equal(ContextNeeds.OpenDays, CorrectionWindow.EveryTurnReads(fixedDays));
        Assert.Equal(ContextNeeds.CorrectionDays, CorrectionWindow.EveryTurnReads(weekly));
    }
}
