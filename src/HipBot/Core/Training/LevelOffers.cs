using HipBot.Core.Buttons;
using HipBot.Core.Chats;
using HipBot.Core.CheckIns;
using HipBot.Core.Messages;
using NodaTime;

namespace HipBot.Core.Training;

/// <summary>Moving along the ladder: a level-up is offered, never forced; a step back after a break is the user's choice too.</summary>
public static class LevelOffers
{
    /// <summary>The offer after a completed session, when the recent record earns one; null otherwise.</summary>
    public static Turn? Offer(ChatState state, IEnumerable<PlannedSession> sessions, LocalDate today)
    {
        if (!ProgressionPolicy.ShouldOfferLevelUp(state.Level, sessions, today, state.LevelOfferedOn))
        {
            return null;
        }
        var next = ProgramLadder.Get(state.Level + 1);
        var needsBand = next.WithBand && state.Settings.HasBand != true;
        var text =
            $"🎉 That's {ProgressionPolicy.FullOfLatest(sessions, today).Full} full sessions of your last {ProgressionPolicy.PlannedSessionsJudged}. " +
            $"Your hips are getting stronger.\n\nReady for level {next.Number}? {next.Describe()}." +
            (needsBand ? "\n\nThis level uses a resistance band around your thighs." : "");
        var reply = Reply.WithButtons(text,
            [CallbackData.Button(needsBand ? "🎗 I have a band, let's go" : "⬆️ Level up", new LevelUp()), CallbackData.Button("Stay here for now", new StayOnLevel())]);
        return Turn.Say(state with { LevelOfferedOn = today }, reply);
    }

    /// <summary>How far back sessions are looked for: seven sessions of a two-day week, with a week to spare.</summary>
    private const int LookBackDays = 35;

    /// <summary>
    /// The sessions at the current level (after the day it last changed), up to today: every training day whose plan went
    /// out (full or not, a miss or a skip included, so they stand between the full ones), and any day with work. A pause is
    /// no session; today counts once something is logged. <paramref name="updated"/> is a day as this turn leaves it.
    /// </summary>
    public static IReadOnlyList<PlannedSession> Sessions(ChatState state, ChatContext context, LocalDate today, DayLog? updated = null)
    {
        var sessions = new List<PlannedSession>();
        var from = today.PlusDays(-LookBackDays);
        if (state.LevelSince is { } since && since >= from)
        {
            from = since.PlusDays(1);
        }
        for (var date = from; date <= today; date = date.PlusDays(1))
        {
            var log = updated is { } day && day.Date == date ? day : context.Logs.For(date);
            // In weekly mode a plan not followed that day is no missed session: the work may come on another day.
            var planned = date < today && state.Settings.Schedule is FixedDays { Days: var days } && days.Includes(date)
                && context.WasPlanned(date) && !state.Habit.WasPausedOn(date);
            if (log.Entries.Count > 0 || planned)
            {
                sessions.Add(new PlannedSession(date, log.IsComplete));
            }
        }
        return sessions;
    }

    /// <summary>The /stats line: how the latest sessions stand against the rule, in the rule's own terms.</summary>
    public static string Progress(IReadOnlyList<PlannedSession> sessions, LocalDate today)
    {
        var (full, judged) = ProgressionPolicy.FullOfLatest(sessions, today);
        return judged < ProgressionPolicy.PlannedSessionsJudged
            ? $"{full} of {judged} planned sessions full so far; {ProgressionPolicy.FullSessionsToLevelUp} of the last {ProgressionPolicy.PlannedSessionsJudged} earn it"
            : $"{full} of your last {judged} planned sessions full; {ProgressionPolicy.FullSessionsToLevelUp} of {ProgressionPolicy.PlannedSessionsJudged} earn it";
    }

    /// <summary>The button that steps back after a long break, for the plan message.</summary>
    public static Button RestartButton(int level) =>
        CallbackData.Button($"↘️ Restart at level {level}", new RestartAtLevel(level));

    /// <summary>A level button; null when the data is not one.</summary>
    public static Turn? Press(ChatState state, ButtonInput button, ChatContext context) => CallbackData.TryDecode(button.Data) switch
    {
        StayOnLevel => Answer(state, button, $"Staying on level {state.Level}. I'll ask again in a while."),
        LevelUp => StepUp(state, button, context),
        RestartAtLevel restart => Restart(state, button, context, restart.Level),
        // A level that does not even read is as far out of reach as any other forged one.
        null when CallbackData.LooksLike<RestartAtLevel>(button.Data) => Restart(state, button, context, target: null),
        _ => null,
    };

    private static Turn Restart(ChatState state, ButtonInput button, ChatContext context, int? target)
    {
        if (context.Day is { } day && state.LevelSince == day.Today)
        {
            return Answer(state, button, $"Done already: you're on level {state.Level}.");
        }
        // Client data: only a step of one or two below the current level is honoured.
        return target is { } level && level >= Math.Max(ProgramLadder.MinLevel, state.Level - 2) && level < state.Level
            ? Moved(state with { Level = level }, button, $"Level {level} it is: {ProgramLadder.Get(level).Describe()}. Easing back in is the smart way.")
            : Answer(state, button, "You're on the right level already.");
    }

    private static Turn StepUp(ChatState state, ButtonInput button, ChatContext context)
    {
        if (context.Day is not { } day || ProgramLadder.IsTop(state.Level))
        {
            return Answer(state, button, "You're at the top of the ladder. Keep it up!");
        }
        // The offer's own rule, minus the once-a-week limit: the button proves nothing by itself.
        var earned = ProgressionPolicy.FullOfLatest(Sessions(state, context, day.Today), day.Today).Full >= ProgressionPolicy.FullSessionsToLevelUp;
        if (!earned)
        {
            return Answer(state, button, "Not yet: a few more full sessions first.");
        }
        var next = ProgramLadder.Get(state.Level + 1);
        var settings = next.WithBand ? state.Settings with { HasBand = true } : state.Settings;
        return Moved(state with { Level = next.Number, Settings = settings }, button,
            $"⬆️ Level {next.Number}: {next.Describe()}. Your next plan has the new numbers.");
    }

    private static Turn Moved(ChatState state, ButtonInput button, string text) =>
        new(state, [new AnswerButton(state.ChatId, button.CallbackQueryId), new SendMessage(state.ChatId, new Reply(text))]);

    private static Turn Answer(ChatState state, ButtonInput button, string toast) =>
        new(state, [new AnswerButton(state.ChatId, button.CallbackQueryId, toast)]);
}
