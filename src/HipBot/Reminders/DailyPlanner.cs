using HipBot.Chats;
using HipBot.CheckIns;
using HipBot.Messaging;
using HipBot.Training;
using NodaTime;

namespace HipBot.Reminders;

/// <summary>What the scheduler does for one chat whose plan or snooze is due: pure, given the chat and the clock.</summary>
public static class DailyPlanner
{
    /// <summary>How long "⏰ Later" waits before the plan comes again.</summary>
    public static readonly Duration SnoozeFor = Duration.FromHours(2);

    /// <summary>A plan this much behind its reminder time says so.</summary>
    private static readonly Duration LateBy = Duration.FromMinutes(10);

    public static string PlanKey(LocalDate date) => "plan:" + ChatStorageFormat.Date(date);

    public static DailyTurn Run(ChatState state, ChatContext context)
    {
        var now = context.Now;
        if (DateTimeZoneProviders.Tzdb.GetZoneOrNull(state.Settings.TimeZone ?? "") is not { } zone)
        {
            return new DailyTurn(state with { NextPlanAt = null, SnoozedUntil = null }, null, []);
        }
        if (state.SnoozedUntil is { } snoozed && snoozed <= now)
        {
            return Snoozed(state with { SnoozedUntil = null }, now, zone, context.Logs);
        }
        if (state.NextPlanAt is not { } due || due > now)
        {
            return new DailyTurn(state, null, []);
        }

        var date = due.InZone(zone).Date;
        var time = state.Settings.ReminderTime!.Value;
        var after = Instant.Max(now, due);
        if (state.LastPlanDate >= date || now >= PlanSchedule.Cutoff(date, time, zone))
        {
            // Already sent (a zone or time change moved the reminder), or too late to be useful today.
            return new DailyTurn(state with { NextPlanAt = PlanSchedule.NextAfter(state, after) }, null, []);
        }

        var plan = ProgramLadder.Prescribe(state.Level);
        var opening = now - due > LateBy ? "A little later than planned today, sorry! Here's your hip work:" : null;
        var message = PlanText.Message(plan, date, opening);
        var restart = ProgressionPolicy.SuggestedRestartLevel(state.Level, context.LastCheckInDate, date);
        if (restart < state.Level)
        {
            // After a long break, offer an easier start rather than the old numbers.
            var days = context.LastCheckInDate is { } last ? Period.Between(last, date, PeriodUnits.Days).Days : 0;
            message = new Reply(
                $"Welcome back! It's been {days} days, so level {restart} might feel better for a restart. Your choice:\n\n" + message.Text,
                [.. message.Buttons!, [LevelOffers.RestartButton(restart)]]);
        }
        var next = state with { LastPlanDate = date, NextPlanAt = PlanSchedule.NextAfter(state, after) };
        return new DailyTurn(next, date, [new SendMessage(state.ChatId, message, PlanKey(date))]);
    }

    private static DailyTurn Snoozed(ChatState state, Instant now, DateTimeZone zone, Logbook logs)
    {
        if (state.LastPlanDate is not { } date || date != now.InZone(zone).Date || state.Status != ChatStatus.Active || state.Blocked)
        {
            return new DailyTurn(state, null, []);
        }
        var log = logs.For(date);
        if (log.IsComplete || log.Skipped)
        {
            return new DailyTurn(state, null, []);
        }
        var plan = ProgramLadder.Prescribe(state.Level);
        var reply = new Reply(PlanText.RenderWithProgress(plan, date, log, "⏰ Here's your hip work again."), PlanText.PlanButtons(date));
        return new DailyTurn(state, null, [new SendMessage(state.ChatId, reply, PlanKey(date))]);
    }
}

/// <summary>The scheduler's result for one chat: its new state, the date of a plan it sends (if any), and the messages.</summary>
public sealed record DailyTurn(ChatState State, LocalDate? PlanDate, IReadOnlyList<Outgoing> Out);
