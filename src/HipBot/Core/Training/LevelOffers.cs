using System.Globalization;
using HipBot.Core.Chats;
using HipBot.Core.Messages;
using NodaTime;

namespace HipBot.Core.Training;

/// <summary>Moving along the ladder: a level-up is offered, never forced; a step back after a break is the user's choice too.</summary>
public static class LevelOffers
{
    public const string Up = "level:up";
    public const string Stay = "level:stay";
    private const string DownPrefix = "level:down:";

    /// <summary>The offer after a completed session, when the recent record earns one; null otherwise.</summary>
    public static Turn? Offer(ChatState state, IEnumerable<LocalDate> fullDays, LocalDate today)
    {
        if (!ProgressionPolicy.ShouldOfferLevelUp(state.Level, fullDays, today, state.LevelOfferedOn))
        {
            return null;
        }
        var next = ProgramLadder.Get(state.Level + 1);
        var needsBand = next.WithBand && state.Settings.HasBand != true;
        var text =
            $"🎉 That's {ProgressionPolicy.FullSessionsToLevelUp} full sessions in {ProgressionPolicy.LevelUpWindowDays} days. " +
            $"Your hips are getting stronger.\n\nReady for level {next.Number}? {next.Describe()}." +
            (needsBand ? "\n\nThis level uses a resistance band around your thighs." : "");
        var reply = Reply.WithButtons(text,
            [new Button(needsBand ? "🎗 I have a band, let's go" : "⬆️ Level up", Up), new Button("Stay here for now", Stay)]);
        return Turn.Say(state with { LevelOfferedOn = today }, reply);
    }

    /// <summary>Full sessions within the level-up window done at the current level (after the day it last changed).</summary>
    public static IEnumerable<LocalDate> FullDaysAtLevel(ChatState state, ChatContext context, LocalDate today) =>
        context.Logs.FullDays(today, ProgressionPolicy.LevelUpWindowDays).Where(d => state.LevelSince is not { } since || d > since);

    /// <summary>The button that steps back after a long break, for the plan message.</summary>
    public static Button RestartButton(int level) =>
        new($"↘️ Restart at level {level}", DownPrefix + level.ToString(CultureInfo.InvariantCulture));

    /// <summary>A level button; null when the data is not one.</summary>
    public static Turn? Press(ChatState state, ButtonInput button, ChatContext context)
    {
        if (button.Data == Stay)
        {
            return Answer(state, button, $"Staying on level {state.Level}. I'll ask again in a while.");
        }
        if (button.Data == Up)
        {
            return LevelUp(state, button, context);
        }
        if (button.Data.StartsWith(DownPrefix, StringComparison.Ordinal))
        {
            if (LocalDay.Of(state, context.Now) is { } day && state.LevelSince == day.Today)
            {
                return Answer(state, button, $"Done already: you're on level {state.Level}.");
            }
            // Client data: only a step of one or two below the current level is honoured.
            return int.TryParse(button.Data[DownPrefix.Length..], NumberStyles.None, CultureInfo.InvariantCulture, out var target)
                && target >= Math.Max(ProgramLadder.MinLevel, state.Level - 2) && target < state.Level
                ? Moved(state with { Level = target }, button, $"Level {target} it is: {ProgramLadder.Get(target).Describe()}. Easing back in is the smart way.")
                : Answer(state, button, "You're on the right level already.");
        }
        return null;
    }

    private static Turn LevelUp(ChatState state, ButtonInput button, ChatContext context)
    {
        if (LocalDay.Of(state, context.Now) is not { } day || ProgramLadder.IsTop(state.Level))
        {
            return Answer(state, button, "You're at the top of the ladder. Keep it up!");
        }
        // The offer's own rule, minus the once-a-week limit: the button proves nothing by itself.
        var earned = FullDaysAtLevel(state, context, day.Today).Count() >= ProgressionPolicy.FullSessionsToLevelUp;
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
