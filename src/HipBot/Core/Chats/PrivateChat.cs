using HipBot.Core.Breaks;
using HipBot.Core.Buttons;
using HipBot.Core.CheckIns;
using HipBot.Core.Messages;
using HipBot.Core.Plans;
using HipBot.Core.Privacy;
using HipBot.Core.ReEngagement;
using HipBot.Core.Reports;
using HipBot.Core.Setup;
using HipBot.Core.Streaks;
using HipBot.Core.Training;
using NodaTime;

namespace HipBot.Core.Chats;

/// <summary>Routes one input in a private chat to the feature that owns it. Pure: state and input in, new state and messages out.</summary>
public static class PrivateChat
{
    /// <summary>Someone away this long hears a welcome back before the answer.</summary>
    private static readonly Duration WelcomeBackAfter = Duration.FromDays(4);

    public static Turn Handle(ChatState state, Input input, Instant now) => Handle(state, input, ChatContext.At(now));

    /// <summary>
    /// An input from a user's update. A chat HipBot has never seen starts here, and writing to the bot is how a user
    /// who blocked it comes back.
    /// </summary>
    public static Turn Receive(ChatState? stored, long chatId, string? firstName, Input input, ChatContext context) =>
        Handle((stored ?? ChatState.New(chatId, firstName)) with { Blocked = false, FirstName = firstName ?? stored?.FirstName }, input, context);

    /// <summary>The user blocked or unblocked the bot: blocking stops the schedule; unblocking starts it again from the next reminder.</summary>
    public static Turn? MembershipChanged(ChatState? stored, bool blocked, Instant now) =>
        stored is null ? null : new Turn(PlanSchedule.Refresh(stored, stored with { Blocked = blocked }, now), []);

    /// <summary>
    /// Telegram refused a message queued at <paramref name="queuedAt"/> because the user blocked the bot: the chat gets no
    /// plans until the user writes again. Null (nothing changes) when the user wrote after that message was queued, since
    /// writing is how they came back, or when HipBot never knew the chat.
    /// </summary>
    public static Turn? Unreachable(ChatState? stored, Instant queuedAt, Instant now) =>
        stored is null || stored.Habit.LastUserInputAt > queuedAt
            ? null
            : MembershipChanged(stored, blocked: true, now)! with { Effects = [new ForgetQueuedMessages()] };

    /// <summary>What a turn for this input reads beyond the chat's open days, so /help never loads two years of history.</summary>
    public static ContextNeeds Needs(Input input) => input switch
    {
        CommandInput { Name: "undo" } => ContextNeeds.LatestCheckIn | ContextNeeds.History | ContextNeeds.PlanLevels,
        ButtonInput button when CallbackData.TryDecode(button.Data) is ConfirmUndo =>
            ContextNeeds.LatestCheckIn | ContextNeeds.History | ContextNeeds.PlanLevels,
        TextInput text when UndoTurns.MayConfirm(text.Text) => ContextNeeds.LatestCheckIn | ContextNeeds.History | ContextNeeds.PlanLevels,
        CommandInput { Name: "stats" } => ContextNeeds.History | ContextNeeds.PlanLevels | ContextNeeds.RecentWeeks,
        CommandInput { Name: "history" } => ContextNeeds.History | ContextNeeds.RecentWeeks,
        // The level-up rule is checked again on the tap, over its weeks.
        ButtonInput button when CallbackData.TryDecode(button.Data) is LevelUp => ContextNeeds.RecentHistory | ContextNeeds.RecentWeeks,
        CommandInput { Name: "export" } => ContextNeeds.History | ContextNeeds.FullRecord,
        CommandInput or ForwardedInput => ContextNeeds.OpenDays,
        // Most turns are about today. One that reads more asks for it then (MissingContext): a check-in that corrects a
        // closed day its outcomes, a backfill the day it names, the day a session completes the level-up rule's weeks.
        _ => ContextNeeds.OpenDays,
    };

    public static Turn Handle(ChatState state, Input input, ChatContext context)
    {
        context = context.For(state);
        // Days that ended since we last looked are settled first, under the settings they were lived with.
        var closed = DayClosing.CloseDue(state, context);
        context = context.With(closed.Effects);
        var before = closed.State;
        var turn = Route(before, input, context);

        // Someone the ladder had gone quiet for (after the pause offer or the farewell) is back: the plans start again.
        var returning = before.Status == ChatStatus.Active
            && (before.Habit.FarewellSent || before.Habit.ConsecutiveMisses >= ReEngagementPolicy.OfferPauseAt);
        var after = turn.State with
        {
            Habit = turn.State.Habit with
            {
                LastUserInputAt = context.Now,
                FarewellSent = false,
                ConsecutiveMisses = returning ? 0 : turn.State.Habit.ConsecutiveMisses,
            },
            LevelSince = turn.State.Level != before.Level ? context.For(turn.State).Day?.Today : turn.State.LevelSince,
        };
        after = PlanSchedule.Refresh(state, after, context.Now);
        // A user who asked to be forgotten is saying goodbye, not coming back.
        var welcome = turn.Effects.OfType<ForgetChat>().Any() ? null : Welcome(before, after, input, turn, context);
        if (welcome is not null)
        {
            after = after with { Habit = after.Habit with { WelcomedAt = context.Now } };
        }
        return turn with
        {
            State = after,
            Out = welcome is null ? turn.Out : [.. turn.Out.OfType<AnswerButton>(), welcome, .. turn.Out.Where(o => o is not AnswerButton)],
            Effects = [.. closed.Effects, .. turn.Effects],
        };
    }

    private static Turn Route(ChatState state, Input input, ChatContext context) => input switch
    {
        CommandInput command => Command(state, command, context),
        ButtonInput button => Press(state, button, context),
        ForwardedInput => Turn.Say(state, HelpText.Forwarded),
        // A button's label typed out is that button: "looks good", "pause a week".
        TextInput text when TypedButtons.Match(state, text.Text) is { } typed => TypedButtons.AsTyped(Press(state, typed, context)),
        TextInput text when state.Conversation.Asking == Question.PauseLength => BreakTurns.PauseTyped(state, text.Text, context),
        _ when state.Conversation.Asking is not (Question.None or Question.PauseLength) => Onboarding.Answer(state, input, context.Now, context.Logs),
        _ when state.Status == ChatStatus.Onboarding => Turn.Say(state, new Reply("Send /start and I'll set you up: it takes four quick questions.")),
        TextInput text => CheckInTurns.Text(state, text.Text, context),
        _ => Turn.Say(state, HelpText.NotUnderstood),
    };

    private static Turn Command(ChatState state, CommandInput command, ChatContext context) => command.Name switch
    {
        "start" when state.Status is ChatStatus.Stopped or ChatStatus.Paused => BreakTurns.Resume(state, context),
        "start" => Onboarding.Start(state, context.Now, context.Logs),
        "settings" => Onboarding.ShowSettings(state, context.Now),
        "cancel" => Onboarding.Cancel(state),
        "help" => Turn.Say(state, HelpText.Full),
        "undo" when state.Status != ChatStatus.Onboarding => UndoTurns.Undo(state, context),
        "pause" => BreakTurns.Pause(state, command.Arguments, context),
        "resume" => BreakTurns.Resume(state, context),
        "stop" when state.Status == ChatStatus.Onboarding => BreakTurns.StopDuringSetup(state),
        "stop" => BreakTurns.Stop(state, context),
        "stats" => ProgressReports.Stats(state, context),
        "history" => ProgressReports.History(state, context),
        "export" => ExportTurns.Export(state, context),
        "privacy" => PrivacyTurns.Page(state),
        "deleteme" => PrivacyTurns.AskToForget(state),
        _ => Turn.Say(state, HelpText.UnknownCommand(command.Name)),
    };

    private static Turn Press(ChatState state, ButtonInput button, ChatContext context)
    {
        if ((CheckInTurns.Press(state, button, context) ?? UndoTurns.Press(state, button, context)) is { } planned)
        {
            // The plan's buttons come and go with its edits, and the undo question is rewritten whole.
            return Spoken(planned);
        }
        var answered = Onboarding.Press(state, button, context.Now, context.Logs)
            ?? PrivacyTurns.Press(state, button)
            ?? LevelOffers.Press(state, button, context)
            ?? LadderButtons.Press(state, button, context);
        if (answered is null)
        {
            // Unknown or forged data changes nothing; the toast only stops the spinner politely.
            return new Turn(state, [new AnswerButton(state.ChatId, button.CallbackQueryId, "That button doesn't do anything any more.")]);
        }
        // A question that has been answered loses its buttons, so an old choice cannot be tapped again by mistake.
        answered = Spoken(answered);
        var rewritesIt = answered.Out.Any(o => o is EditMessage edit && edit.MessageId == button.MessageId);
        if (button.MessageId == 0 || rewritesIt || answered.Effects.OfType<ForgetChat>().Any())
        {
            return answered;
        }
        if (RodeOnTodaysPlan(state, button, context) is { } today)
        {
            // The question sat on today's plan: the plan is drawn again without it, keeping its own buttons while work is owed.
            var after = answered.State;
            return answered with { Out = [.. answered.Out, CheckInTurns.PlanEdit(after, ProgramLadder.Prescribe(after.Level), context.Logs.For(today))] };
        }
        return answered with { Out = [.. answered.Out, EditMessage.RemoveButtons(state.ChatId, button.MessageId)] };
    }

    /// <summary>
    /// Today's date when the pressed button is one of the questions that ride on a plan (the ladder's, a restart lower) and
    /// today's plan went out: one unsolicited message a day, so that plan is where the question was.
    /// </summary>
    private static LocalDate? RodeOnTodaysPlan(ChatState state, ButtonInput button, ChatContext context) =>
        CallbackData.TryDecode(button.Data) is StartMini or DeclineMini or KeepLevel or LowerLevel or ChangeReminderTime or PauseFor
            or ObstaclePress or RestartAtLevel
        && context.Day is { } day && state.LastPlanDate == day.Today
            ? day.Today
            : null;

    /// <summary>
    /// An answer that would only be a toast is said in the chat too: a toast vanishes in a second, and what a button's
    /// answer tells (a reminder's time, why nothing changed) should stay readable.
    /// </summary>
    private static Turn Spoken(Turn turn)
    {
        if (turn.Out.Any(o => o is SendMessage or EditMessage or LastMessage)
            || turn.Out.OfType<AnswerButton>().FirstOrDefault(a => a.Toast is not null) is not { } toast)
        {
            return turn;
        }
        return turn with { Out = [.. turn.Out, new SendMessage(toast.ChatId, new Reply(toast.Toast!))] };
    }

    /// <summary>
    /// A returning user is welcomed, never scolded, before whatever they came for; once per return. The welcome says when
    /// the next plan comes and, if today's has not gone out, offers it now: the way back is one tap.
    /// </summary>
    private static SendMessage? Welcome(ChatState before, ChatState after, Input input, Turn turn, ChatContext context)
    {
        var now = context.Now;
        // Away means sessions went by: a runner quiet between sessions done (a weekly target met early) is not coming back.
        if (before.Status != ChatStatus.Active || before.Habit.LastUserInputAt is not { } last || now - last < WelcomeBackAfter
            || before.Habit.WelcomedAt > last
            || (before.Habit.ConsecutiveMisses == 0 && (context.Day is not { } today || DayClosing.MissesBefore(before, context, today.Today) == 0))
            || input is CommandInput { Name: "start" or "resume" })
        {
            return null;
        }
        var text = WelcomeBack.Text((int)(now - last).TotalDays);
        if (context.Day is not { } day || after.Status != ChatStatus.Active)
        {
            return new SendMessage(before.ChatId, new Reply(text));
        }
        var promise = after.LastPlanDate == day.Today && !context.Logs.For(day.Today).IsComplete
            ? "Today's exercises are in the chat, just above."
            : PlanSchedule.Promise(after, now, context.Logs);
        var loggedToday = turn.Effects.OfType<SaveCheckIn>().Any(c => c.Date == day.Today);
        var offerToday = !loggedToday && after.LastPlanDate != day.Today && after.Settings.Days is { } days && days.Includes(day.Today)
            && PlanSchedule.NextAfter(after, now) is { } next && next.InZone(day.Zone).Date != day.Today;
        return offerToday
            ? new SendMessage(before.ChatId, Reply.WithButtons(
                $"{text}\n{promise} Or start today:",
                [CallbackData.Button("▶️ Today's exercises now", new PlanNow(day.Today))]))
            : new SendMessage(before.ChatId, new Reply(string.IsNullOrEmpty(promise) ? text : $"{text}\n{promise}"));
    }
}
