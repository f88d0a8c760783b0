using System.Globalization;
using HipBot.Core.Chats;
using HipBot.Core.Messages;
using HipBot.Core.Plans;
using HipBot.Core.Training;
using NodaTime;
using static HipBot.Tests.Support.CoreWorld;

namespace HipBot.Tests.Core.Plans;

/// <summary>"Your next exercises arrive …" after a settings change is what the scheduler then does, in every state.</summary>
public class PromiseTests
{
    public static TheoryData<string, string> Cases()
    {
        var data = new TheoryData<string, string>();
        foreach (var state in States.Keys)
        {
            foreach (var change in Changes)
            {
                data.Add(state, change);
            }
        }
        return data;
    }

    private static readonly string[] Changes = ["time:09:30", "time:06:30", "time:23:30", "tz:America/New_York", "tz:Asia/Tokyo", "tz:Pacific/Kiritimati", "days:127", "days:21", "days:96"];

    /// <summary>Twice a week on any days (plans Tue and Thu), with Monday and Wednesday done: the week is met.</summary>
    private static readonly ChatState WeekMet = Runner(days: TrainingDays.Tuesday | TrainingDays.Thursday) with
    {
        Settings = BerlinSettings(TrainingDays.Tuesday | TrainingDays.Thursday) with { TimesPerWeek = 2 },
        LastPlanDate = Yesterday,
        NextPlanAt = At(Today.PlusDays(1), 7),
    };

    private static readonly HipBot.Core.CheckIns.DayLog[] WeekMetLogs = [Full(Today.PlusDays(-2)), Full(Today)];

    /// <summary>Ana on Wednesday 25 Nov (Berlin, 07:00, every day), at several moments of her week.</summary>
    private static readonly Dictionary<string, (ChatState State, Instant Now)> States = new()
    {
        ["twice a week, the week met"] = (WeekMet, TodayAt(18)),
        ["before today's plan"] = (Runner() with { LastPlanDate = Yesterday, NextPlanAt = TodayAt(7) }, TodayAt(6)),
        ["today's work done before its plan"] = (Runner() with { LastPlanDate = Yesterday, NextPlanAt = TodayAt(7) }, TodayAt(6)),
        ["just after today's plan went out"] = (Runner(), TodayAt(7, 5)),
        ["late in the evening after today's plan"] = (Runner(), TodayAt(22)),
        ["on a rest day"] = (Runner(days: TrainingDays.MonWedFri) with { LastPlanDate = Yesterday.PlusDays(-1), NextPlanAt = TodayAt(7) }, At(Yesterday, 10)),
        ["paused until Saturday"] = (Runner() with
        {
            Status = ChatStatus.Paused,
            Habit = Runner().Habit with { PausedFrom = Yesterday, PausedUntil = Today.PlusDays(3) },
            NextPlanAt = At(Today.PlusDays(3), 7),
        }, TodayAt(9)),
    };

    [Theory]
    [MemberData(nameof(Cases))]
    public void The_promise_after_a_settings_change_is_the_plan_the_scheduler_sends(string state, string change)
    {
        var (ana, now) = States[state];
        HipBot.Core.CheckIns.DayLog[] logs = state switch
        {
            "twice a week, the week met" => WeekMetLogs,
            "today's work done before its plan" => [Full(Today)],
            _ => [],
        };
        var menu = PrivateChat.Handle(ana, Press("set:" + change.Split(':')[0]), Context(now, logs));
        var saved = PrivateChat.Handle(menu.State, Press(change), Context(now, logs));
        var promise = LastText(saved.Out).Split('\n')[^1];

        Assert.Equal(promise, Kept(saved.State, now, logs));
    }

    /// <summary>Runs the scheduler at each due time until a plan goes out, and says when, as the promise would.</summary>
    private static string Kept(ChatState state, Instant now, HipBot.Core.CheckIns.DayLog[] logs)
    {
        var zone = DateTimeZoneProviders.Tzdb[state.Settings.TimeZone!];
        for (var tick = 0; tick < 10 && state.NextPlanAt is { } due; tick++)
        {
            var turn = DailyPlanner.Run(state, Context(due, logs));
            if (turn.Out.OfType<SendMessage>().Any(m => m.Key is not null))
            {
                var local = due.InZone(zone);
                var today = now.InZone(zone).Date;
                var day = local.Date == today ? "today"
                    : local.Date == today.PlusDays(1) ? "tomorrow"
                    : local.Date.ToString("dddd, d MMMM", CultureInfo.InvariantCulture);
                return $"Your next exercises arrive {day} at {local.TimeOfDay:HH:mm}.";
            }
            state = turn.State;
        }
        return "no plan came";
    }
}
