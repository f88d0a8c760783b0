using HipBot.Core.Chats;
using HipBot.Core.CheckIns;
using HipBot.Core.Messages;
using HipBot.Core.ReEngagement;
using HipBot.Core.Streaks;
using HipBot.Core.Training;
using NodaTime;

namespace HipBot.Core.Plans;

/// <summary>
/// What the scheduler does for one chat whose plan or snooze is due: settle closed days, end a pause
/// that ran out, ask the re-engagement ladder what today needs, and send the plan. Pure.
/// </summary>
public static class DailyPlanner
{
    /// <summary>How long "⏰ Later" waits before the plan comes again.</summary>
    public static readonly Duration SnoozeFor = Duration.FromHours(2);

    /// <summary>A plan this much behind its reminder time says so.</summary>
    private static readonly Duration LateBy = Duration.FromMinutes(10);

    /// <summary>What a scheduler turn reads beyond the open days: when the user last logged, for a restart offer.</summary>
    public const ContextNeeds Needs = ContextNeeds.LastCheckInDate;

    public static string PlanKey(LocalDate date) => "plan:" + IsoDate.Format(date);

    public static Turn Run(ChatState state, ChatContext context)
    {
        context = context.For(state);
        var now = context.Now;
        if (context.Day is not { } day)
        {
            return new Turn(state with { NextPlanAt = null, SnoozedUntil = null }, []);
        }
        var closed = DayClosing.CloseDue(state, context);
        state = closed.State;
        context = context.With(closed.Effects);

        if (state.SnoozedUntil is { } snoozed && snoozed <= now)
        {
            return Snoozed(state with { SnoozedUntil = null }, day, context.Logs) with { Effects = closed.Effects };
        }
        if (state.NextPlanAt is not { } due || due > now)
        {
            return new Turn(state, []) { Effects = closed.Effects };
        }
        var plan = Plan(state, context, day.Zone, due);
        return plan with { Effects = [.. closed.Effects, .. plan.Effects] };
    }

    private static Turn Plan(ChatState state, ChatContext context, DateTimeZone zone, Instant due)
    {
        var now = context.Now;
        var time = state.Settings.ReminderTime!.Value;
        // Reminders that are due but not worth sending are passed over one by one, so a later one that is
        // due too (after downtime) still gets its turn.
        while (state.LastPlanDate >= due.InZone(zone).Date || now >= PlanSchedule.Cutoff(due.InZone(zone).Date, time, zone))
        {
            if (PlanSchedule.NextAfter(state, due) is not { } next || next > now)
            {
                return new Turn(state with { NextPlanAt = PlanSchedule.NextAfter(state, Instant.Max(now, due)) }, []);
            }
            due = next;
        }
        var date = due.InZone(zone).Date;
        var after = Instant.Max(now, due);
        var opening = new List<string>();
        if (state.Status == ChatStatus.Paused && state.Habit.PausedUntil is { } until && date >= until)
        {
            state = state with { Status = ChatStatus.Active, Habit = state.Habit with { ConsecutiveMisses = 0 } };
            opening.Add(WelcomeBack.Text(state.Habit.PausedFrom is { } from ? Period.Between(from, date, PeriodUnits.Days).Days : 0));
            // Welcomed once per return: the user's first word back gets no second welcome.
            state = state with { Habit = state.Habit with { WelcomedAt = now } };
        }
        if (state.Status != ChatStatus.Active || state.Blocked)
        {
            // Still paused, or the sender found the chat blocked: nothing goes out, and a blocked chat waits for the user.
            return new Turn(state with { NextPlanAt = PlanSchedule.NextAfter(state, after) }, []);
        }

        var logged = context.Logs.For(date);
        if (logged.IsComplete || logged.Skipped)
        {
            // Done (or called a rest day) before the reminder: the plan would only ask again what the user already told us.
            state = state with { NextPlanAt = PlanSchedule.NextAfter(state, after), LastPlanDate = date };
            return Claimed(state, new ClaimPlan(date, state.Level), []);
        }

        if (state.Settings.Schedule is WeeklyTarget weekly && weekly.IsMet(context.Logs, date))
        {
            // The week has its sessions: nothing more until next week's plans, and the day stays neutral.
            return new Turn(state with { NextPlanAt = PlanSchedule.NextPlanned(state, after, context.Logs) }, []);
        }

        var decision = ReEngagementPolicy.Decide(new ReEngagementInput(
            date,
            IsTrainingDay: true,
            DayClosing.MissesBefore(state, context, date),
            DaysSinceUserWrote: state.Habit.LastUserInputAt is { } wrote ? Period.Between(wrote.InZone(zone).Date, date, PeriodUnits.Days).Days : 0,
            state.Habit.LastUnsolicitedOn,
            state.Habit.LastVariantKey,
            state.Habit.PausedUntil,
            state.Habit.FarewellSent,
            AtLowestLevel: state.Level <= ProgramLadder.MinLevel));
        var messages = new List<Outgoing>();
        var habit = state.Habit;
        IReadOnlyList<IReadOnlyList<Button>> questionButtons = [];
        if (decision is Nudge { SendsPlan: true } && WroteSinceLastPlan(state, zone))
        {
            // They have just told us how things are (a word after the last plan): asking again would not be listening.
            decision = ReEngagementDecision.None;
        }
        switch (decision)
        {
            case OpeningLine line:
                opening.Add(line.Text);
                habit = habit with { LastVariantKey = line.VariantKey };
                break;
            case Nudge { SendsPlan: true } nudge:
                // One unsolicited message a day: the ladder's question rides on the plan, its buttons under the plan's.
                opening.Add(nudge.Message.Text);
                questionButtons = nudge.Message.Buttons ?? [];
                habit = habit with { LastUnsolicitedOn = date, LastVariantKey = nudge.VariantKey };
                break;
            case Nudge nudge:
                messages.Add(new SendMessage(state.ChatId, nudge.Message));
                habit = habit with { LastUnsolicitedOn = date, LastVariantKey = nudge.VariantKey };
                break;
            case Farewell farewell:
                messages.Add(new SendMessage(state.ChatId, farewell.Message));
                habit = habit with { LastUnsolicitedOn = date, LastVariantKey = farewell.VariantKey, FarewellSent = true };
                break;
        }
        state = state with { Habit = habit, NextPlanAt = PlanSchedule.NextPlanned(state, after, context.Logs) };
        if (!decision.SendsPlan)
        {
            // Held back on purpose: a day without a plan is neutral, and one a returning user can still ask for.
            return Claimed(state, new ClaimPlan(date, state.Level), messages);
        }

        var late = now - due > LateBy;
        if (late)
        {
            opening.Add("A little later than planned today, sorry!");
        }
        var plan = ProgramLadder.Prescribe(state.Level);
        var buttons = (IReadOnlyList<IReadOnlyList<Button>>)[.. PlanText.PlanButtons(date), .. questionButtons];
        var restart = ProgressionPolicy.SuggestedRestartLevel(state.Level, context.LastCheckInDate, date);
        if (restart < state.Level)
        {
            // After a long break, offer an easier start rather than the old numbers.
            opening.Add($"It's been a while, so level {restart} may feel better for a restart. Your choice.");
            buttons = [.. buttons, [LevelOffers.RestartButton(restart)]];
        }
        if (logged.Entries.Count > 0)
        {
            opening.Add("You've made a start already, so here's what's left.");
        }
        var openingText = opening.Count == 0 ? null : string.Join("\n", opening);
        var text = logged.Entries.Count > 0 ? PlanText.RenderWithProgress(plan, date, logged, openingText) : PlanText.Render(plan, date, openingText);
        var message = new Reply(text, buttons);
        messages.Add(new SendMessage(state.ChatId, message, PlanKey(date)));
        return Claimed(state with { LastPlanDate = date }, new ClaimPlan(date, state.Level, PlanSent: true, Late: late), messages);
    }

    /// <summary>Today's plan at once, for a user coming back who asked for it with the welcome's button.</summary>
    public static Turn Now(ChatState state, LocalDate date)
    {
        var plan = ProgramLadder.Prescribe(state.Level);
        var message = new Reply(PlanText.Render(plan, date), PlanText.PlanButtons(date));
        return Claimed(state with { LastPlanDate = date }, new ClaimPlan(date, state.Level, PlanSent: true), [new SendMessage(state.ChatId, message, PlanKey(date))]);
    }

    /// <summary>The user wrote after the last plan went out.</summary>
    private static bool WroteSinceLastPlan(ChatState state, DateTimeZone zone) =>
        state.Habit.LastUserInputAt is { } wrote && state.LastPlanDate is { } last
        && wrote > ReminderCalendar.At(last, state.Settings.ReminderTime!.Value, zone);

    private static Turn Claimed(ChatState state, ClaimPlan claim, IReadOnlyList<Outgoing> messages) =>
        new(state, messages) { Effects = [claim] };

    private static Turn Snoozed(ChatState state, LocalDay day, Logbook logs)
    {
        if (state.LastPlanDate is not { } date || date != day.Today || state.Status != ChatStatus.Active || state.Blocked)
        {
            return new Turn(state, []);
        }
        var log = logs.For(date);
        if (log.IsComplete || log.Skipped)
        {
            return new Turn(state, []);
        }
        var plan = ProgramLadder.Prescribe(state.Level);
        var reply = new Reply(PlanText.RenderWithProgress(plan, date, log, "⏰ Here's your hip work again."), PlanText.PlanButtons(date));
        return new Turn(state, [new SendMessage(state.ChatId, reply, PlanKey(date))]);
    }
}
