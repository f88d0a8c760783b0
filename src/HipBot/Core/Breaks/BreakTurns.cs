using System.Globalization;
using HipBot.Core.Buttons;
using HipBot.Core.Chats;
using HipBot.Core.Messages;
using HipBot.Core.ReEngagement;
using HipBot.Core.Setup;
using NodaTime;

namespace HipBot.Core.Breaks;

/// <summary>Taking a break and coming back: /pause, /resume, /stop, and /start after a stop.</summary>
public static class BreakTurns
{
    // Each refusal says plainly that nothing was paused: a user who typed "-5 days" should not wonder whether it took.
    private const string NotAhead = "A pause runs forward from today, so it needs at least one day ahead. Nothing is paused.";

    private static readonly string TooLong = $"That's longer than I pause for: up to {PauseAnswer.MaxDays} days. Nothing is paused.";

    public static readonly PauseFor OneWeek = new(7);
    public static readonly PauseFor TwoWeeks = new(14);
    public static readonly PauseFor FourWeeks = new(28);

    /// <summary>1 week · 2 weeks · 4 weeks, under /pause and the ladder's offer of a break.</summary>
    public static readonly IReadOnlyList<Button> PauseButtons =
        [CallbackData.Button("1 week", OneWeek), CallbackData.Button("2 weeks", TwoWeeks), CallbackData.Button("4 weeks", FourWeeks)];

    /// <summary>Whether a pause button offers this length: the data comes from the client, so no other is honoured.</summary>
    public static bool Offers(PauseFor pause) => pause == OneWeek || pause == TwoWeeks || pause == FourWeeks;

    public static Turn Pause(ChatState state, string arguments, ChatContext context)
    {
        if (context.Day is not { } day || state.Status == ChatStatus.Onboarding)
        {
            return Turn.Say(state, new Reply("Let's get you set up first: send /start."));
        }
        if (string.IsNullOrWhiteSpace(arguments))
        {
            return Turn.Say(state with { Conversation = new Conversation(Question.PauseLength, state.Settings) }, Reply.WithButtons(
                "Taking a break is fine. For how long? Tap one, or type it (\"10 days\", \"until 3 Dec\").",
                PauseButtons));
        }
        if (PauseAnswer.FromTomorrow(arguments, day.Today) is { } later)
        {
            return later.Until is { } end
                ? PauseUntil(state, day.Today, end, from: day.Today.PlusDays(1))
                : Turn.Say(state, new Reply(later.Refusal == PauseRefusal.TooLong
                    ? $"{TooLong} Try \"/pause tomorrow for 2 weeks\"."
                    : "I couldn't read how long. Try \"/pause tomorrow\" (one day) or \"/pause tomorrow for 2 weeks\"."));
        }
        return PauseAnswer.Read(arguments, day.Today) switch
        {
            { Until: { } until } => PauseUntil(state, day.Today, until),
            { Refusal: var why } => Turn.Say(state, new Reply(why switch
            {
                PauseRefusal.NotAhead => $"{NotAhead} Try \"/pause 5 days\" or \"/pause until 3 Dec\".",
                PauseRefusal.TooLong => $"{TooLong} Try \"/pause 4 weeks\", or /stop to go quiet until you /start again.",
                _ => $"I couldn't read that. Try \"/pause 7 days\", \"/pause 2 weeks\" or \"/pause until 3 Dec\" (up to {PauseAnswer.MaxDays} days).",
            })),
        };
    }

    /// <summary>A typed answer to "for how long?".</summary>
    public static Turn PauseTyped(ChatState state, string text, ChatContext context)
    {
        if (context.Day is not { } day)
        {
            return Turn.Say(state, new Reply("Try \"7 days\", \"2 weeks\" or \"until 3 Dec\", or /cancel."));
        }
        if (PauseAnswer.FromTomorrow(text, day.Today) is { Until: { } end })
        {
            return PauseUntil(state with { Conversation = Conversation.Idle }, day.Today, end, from: day.Today.PlusDays(1));
        }
        return PauseAnswer.Read(text, day.Today) switch
        {
            { Until: { } until } => PauseUntil(state with { Conversation = Conversation.Idle }, day.Today, until),
            { Refusal: var why } => Turn.Say(state, new Reply(why switch
            {
                PauseRefusal.NotAhead => $"{NotAhead} Try \"5 days\" or \"until 3 Dec\", or /cancel.",
                PauseRefusal.TooLong => $"{TooLong} Try \"4 weeks\", or /cancel.",
                _ => "Try \"7 days\", \"2 weeks\" or \"until 3 Dec\", or /cancel.",
            })),
        };
    }

    public static Turn Resume(ChatState state, ChatContext context)
    {
        if (state.Status == ChatStatus.Onboarding)
        {
            return Turn.Say(state, new Reply("There's nothing to resume yet: we haven't finished setting up. /start picks up where we left off."));
        }
        if (state.Status is not (ChatStatus.Paused or ChatStatus.Stopped) || context.Day is not { } day)
        {
            return Turn.Say(state, new Reply("You're not on a break: your plans keep coming. /pause takes one."));
        }
        var away = state.Habit.PausedFrom is { } from ? Period.Between(from, day.Today, PeriodUnits.Days).Days : 0;
        var resumed = state with
        {
            Status = ChatStatus.Active,
            Habit = state.Habit with { PausedUntil = day.Today, ConsecutiveMisses = 0 },
        };
        return Turn.Say(resumed, new Reply(WelcomeBack.Text(away) + " Your next plan comes at your usual time."));
    }

    /// <summary>/stop before setup is finished: nothing is being sent yet, so it only leaves the open question.</summary>
    public static Turn StopDuringSetup(ChatState state) =>
        Turn.Say(state with { Conversation = state.Conversation with { Asking = Question.None, ChangingOne = false } }, new Reply(
            "Okay, I'll stop asking. I don't send anything until you've finished setting up, and your answers so far are kept. " +
            "/start picks up where we left off."));

    public static Turn Stop(ChatState state, ChatContext context)
    {
        if (state.Status == ChatStatus.Stopped)
        {
            return Turn.Say(state, new Reply("I'm already quiet. Send /start whenever you want me back."));
        }
        var today = context.Day?.Today;
        var stopped = state with
        {
            Status = ChatStatus.Stopped,
            Conversation = Conversation.Idle,
            Habit = state.Habit with { PausedFrom = OngoingPauseStart(state) ?? today, PausedUntil = null },
        };
        return Turn.Say(stopped, new Reply("Okay, I'll stay quiet: no plans, no reminders. Your history is kept. Send /start whenever you want me back."));
    }

    /// <param name="from">The first paused day: today unless the pause was asked for from tomorrow.</param>
    internal static Turn PauseUntil(ChatState state, LocalDate today, LocalDate until, LocalDate? from = null)
    {
        var start = OngoingPauseStart(state) ?? from ?? today;
        var paused = state with
        {
            Status = ChatStatus.Paused,
            Habit = state.Habit with { PausedFrom = start, PausedUntil = until },
        };
        var last = until.PlusDays(-1).ToString("dddd d MMMM", CultureInfo.InvariantCulture);
        var text = start > today
            ? (start == until.PlusDays(-1)
                ? $"⏸ Paused for tomorrow, {last}. Today counts as usual: tell me what you do. "
                : $"⏸ Paused from tomorrow through {last}. Today counts as usual: tell me what you do. ")
              + "Your streak is frozen over the break, not lost; /resume brings me back sooner."
            : $"⏸ Paused through {last}. Your streak is frozen, not lost. I'll pick up after that; /resume brings me back sooner.";
        return Turn.Say(paused, new Reply(text));
    }

    /// <summary>A pause or stop already running keeps its start, so days still open stay paused when it is extended.</summary>
    private static LocalDate? OngoingPauseStart(ChatState state) =>
        state.Status is ChatStatus.Paused or ChatStatus.Stopped ? state.Habit.PausedFrom : null;
}
