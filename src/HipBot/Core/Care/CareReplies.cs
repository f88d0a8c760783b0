using HipBot.Core.Breaks;
using HipBot.Core.Buttons;
using HipBot.Core.Chats;
using HipBot.Core.CheckIns;
using HipBot.Core.Messages;
using HipBot.Core.Training;

namespace HipBot.Core.Care;

/// <summary>
/// What HipBot says when a runner writes that something hurts, that they are ill or away: care first, a pause with an
/// end date or an easier level to choose, and nothing logged. The same advice as the "sore or hurt" button.
/// </summary>
public static class CareReplies
{
    /// <summary>The line added when pain comes with logged work ("3x20, knee hurts").</summary>
    public const string PainBesideWork =
        "About the pain: a muscle burn while you work is normal, but sharp or stabbing pain is a stop sign. " +
        "Don't train through it, and if it lingers, see a physio or doctor. /pause takes a break whenever you need one.";

    public static Turn Answer(ChatState state, CareTopic topic)
    {
        ArgumentNullException.ThrowIfNull(state);
        return Turn.Say(state, topic switch
        {
            CareTopic.Pain => Pain(state),
            CareTopic.Illness => Reply.WithButtons(
                "Sorry you're unwell. Rest comes first: no hip work with a fever or while you're wiped out, and nothing is " +
                "logged for today. Want a break until you're better? Pick a length, or send “/pause until 12 Dec”.",
                BreakTurns.PauseButtons),
            CareTopic.Travel => Reply.WithButtons(
                "Enjoy the trip! The exercises need no kit, so a hotel floor works, but a break is fine too: your streak " +
                "stays frozen, not lost. Pause until you're back? Pick a length, or send “/pause until 12 Dec”.",
                BreakTurns.PauseButtons),
            _ => throw new ArgumentOutOfRangeException(nameof(topic), topic, "Not a care topic."),
        });
    }

    private static Reply Pain(ChatState state)
    {
        var text = "Sorry to hear that. A muscle burn while you work is normal, but sharp or stabbing pain is a stop sign: " +
            "stop, don't train through it, and if it lingers or you can't put weight on it, see a physio or doctor. " +
            "Nothing is logged for today.";
        var pause = CallbackData.Button("Pause a week", BreakTurns.OneWeek);
        var pauseLonger = CallbackData.Button("Pause 2 weeks", BreakTurns.TwoWeeks);
        // An easier level is only an offer where there is one.
        return state.Level > ProgramLadder.MinLevel
            ? Reply.WithButtons(text + " Want to ease off for a while?", [pause, CallbackData.Button("Go a level easier", new LowerLevel())])
            : Reply.WithButtons(text + " Want to take a break for a while?", [pause, pauseLonger]);
    }
}
