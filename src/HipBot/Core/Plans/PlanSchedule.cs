using System.Globalization;
using HipBot.Core.Chats;
using HipBot.Core.CheckIns;
using HipBot.Core.Training;
using NodaTime;

namespace HipBot.Core.Plans;

/// <summary>When a chat's next plan is due, and how late a plan missed by downtime may still go out.</summary>
public static class PlanSchedule
{
    /// <summary>A plan missed by downtime still goes out until this local time (or <see cref="LateWindow"/> after the reminder, if later).</summary>
    public static readonly LocalTime LatestLateTime = new(21, 0);

    public static readonly Duration LateWindow = Duration.FromHours(2);

    /// <summary>The next reminder strictly after <paramref name="after"/> (after a pause's end), or null when the chat gets no plans.</summary>
    public static Instant? NextAfter(ChatState state, Instant after)
    {
        var pausedUntil = state.Status == ChatStatus.Paused ? state.Habit.PausedUntil : null;
        if (state is not { Blocked: false, Settings.IsComplete: true }
            || (state.Status != ChatStatus.Active && pausedUntil is null)
            || DateTimeZoneProviders.Tzdb.GetZoneOrNull(state.Settings.TimeZone!) is not { } zone)
        {
            return null;
        }
        var time = state.Settings.ReminderTime!.Value;
        if (pausedUntil is { } until)
        {
            // A pause with an end wakes the chat on its first training day back.
            after = Instant.Max(after, ReminderCalendar.At(until, LocalTime.Midnight, zone) - Duration.Epsilon);
        }
        if (state.LastPlanDate is { } last)
        {
            // One plan per local date: a day whose plan went out already (before a change of time or zone) gets no second.
            after = Instant.Max(after, ReminderCalendar.At(last.PlusDays(1), LocalTime.Midnight, zone) - Duration.Epsilon);
        }
        return ReminderCalendar.At(ReminderCalendar.NextDate(zone, time, state.Settings.Days!.Value, after), time, zone);
    }

    /// <summary>
    /// The next reminder whose plan will go out: in weekly mode a week whose target is met already gets no more plans, so
    /// its reminders are passed over (as <see cref="DailyPlanner"/> does when they come).
    /// </summary>
    public static Instant? NextPlanned(ChatState state, Instant after, Logbook logs)
    {
        ArgumentNullException.ThrowIfNull(logs);
        var next = NextAfter(state, after);
        if (state.Settings.Schedule is not WeeklyTarget weekly || DateTimeZoneProviders.Tzdb.GetZoneOrNull(state.Settings.TimeZone!) is not { } zone)
        {
            return next;
        }
        for (var weeks = 0; weeks < 2 && next is { } candidate; weeks++)
        {
            var date = candidate.InZone(zone).Date;
            if (!weekly.IsMet(logs, date))
            {
                return candidate;
            }
            next = NextAfter(state, ReminderCalendar.At(TrainingSchedule.WeekOf(date).PlusDays(7), LocalTime.Midnight, zone) - Duration.Epsilon);
        }
        return next;
    }

    /// <summary>"Your next exercises arrive tomorrow at 07:00.": the plan the scheduler will send next, in the chat's words; empty when none is due.</summary>
    public static string Promise(ChatState state, Instant now, Logbook? logs = null)
    {
        logs ??= Logbook.Empty;
        if (NextPlanned(state, now, logs) is not { } next || DateTimeZoneProviders.Tzdb.GetZoneOrNull(state.Settings.TimeZone!) is not { } zone)
        {
            return "";
        }
        // A day already done or marked rest before its reminder gets no plan (DailyPlanner): the promise names the one after.
        for (var tries = 0; tries < 7 && logs.For(next.InZone(zone).Date) is { } logged && (logged.IsComplete || logged.Skipped); tries++)
        {
            if (NextPlanned(state, next, logs) is not { } later)
            {
                return "";
            }
            next = later;
        }
        var local = next.InZone(zone);
        var today = now.InZone(zone).Date;
        var day = local.Date == today ? "today"
            : local.Date == today.PlusDays(1) ? "tomorrow"
            : local.Date.ToString("dddd, d MMMM", CultureInfo.InvariantCulture);
        return $"Your next exercises arrive {day} at {local.TimeOfDay.ToString("HH:mm", CultureInfo.InvariantCulture)}.";
    }

    /// <summary>The instant after which a plan for <paramref name="date"/> is no longer worth sending.</summary>
    public static Instant Cutoff(LocalDate date, LocalTime reminder, DateTimeZone zone)
    {
        var latest = ReminderCalendar.At(date, LatestLateTime, zone);
        var window = ReminderCalendar.At(date, reminder, zone) + LateWindow;
        var endOfDay = ReminderCalendar.At(date.PlusDays(1), LocalTime.Midnight, zone);
        return Instant.Min(Instant.Max(latest, window), endOfDay);
    }

    /// <summary>
    /// Keeps the due time in step with the settings: when the zone, time, days or status change, the next
    /// plan is the next reminder after now; otherwise the stored one stands, so a plan missed by
    /// downtime is not forgotten by an unrelated message.
    /// </summary>
    public static ChatState Refresh(ChatState before, ChatState after, Instant now)
    {
        var changed = before.Settings != after.Settings || before.Status != after.Status || before.Blocked != after.Blocked
            || before.Habit.PausedUntil != after.Habit.PausedUntil;
        return changed || (after.NextPlanAt is null && NextAfter(after, now) is not null)
            ? after with { NextPlanAt = NextAfter(after, now) }
            : after;
    }
}
