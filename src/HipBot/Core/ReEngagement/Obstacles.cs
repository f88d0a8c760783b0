using System.Globalization;
using HipBot.Core.Breaks;
using HipBot.Core.Buttons;
using HipBot.Core.Messages;

namespace HipBot.Core.ReEngagement;

/// <summary>Answers to "what got in the way?": each one removes that particular obstacle instead of just repeating the ask.</summary>
public static class Obstacles
{
    public static Reply Answer(Obstacle why, ProgressSnapshot progress)
    {
        ArgumentNullException.ThrowIfNull(progress);
        return why switch
        {
            Obstacle.NoTime => NoTime(),
            Obstacle.SoreOrHurt => SoreOrHurt(progress.AtLowestLevel),
            Obstacle.Forgot => Forgetting(),
            Obstacle.NotMotivated => LowMotivation(progress),
            _ => throw new ArgumentOutOfRangeException(nameof(why), why, "Not one of the answers offered."),
        };
    }

    private static Reply NoTime() => Reply.WithButtons(
        "Totally get it. Here's a 5-minute version: one set per side of each exercise "
        + "(clamshells, side leg raises, traveling side squats). It counts as a partial session, "
        + "so your streak keeps going.",
        [CallbackData.Button("Start 5 minutes", new StartMini())]);

    private static Reply SoreOrHurt(bool atLowestLevel) => Reply.WithButtons(
        "Sorry to hear that. A muscle burn while you work is normal, but sharp or stabbing pain is a stop sign: "
        + "don't train through it, and if it lingers, a physio is worth a visit. Want to ease off for a bit?",
        [
            CallbackData.Button("Pause a week", BreakTurns.OneWeek),
            // Level 1 has nothing below it: the gentler way in there is the short version.
            atLowestLevel ? CallbackData.Button("5-minute version", new StartMini()) : CallbackData.Button("Drop a level", new LowerLevel()),
        ]);

    private static Reply Forgetting() => Reply.WithButtons(
        "Happens to nearly everyone; hip work is the easiest thing to forget once you feel fine. "
        + "Want your reminder at a time that fits your day better?",
        [CallbackData.Button("Change reminder time", new ChangeReminderTime())]);

    private static Reply LowMotivation(ProgressSnapshot progress)
    {
        var sofar = progress.TotalSessions > 0
            ? string.Create(
                CultureInfo.InvariantCulture,
                $"Fair enough, some weeks are like that. Look what you've built so far: {Sessions(progress.TotalSessions)}, a best streak of {progress.BestStreak}, and {progress.TotalReps:N0} reps.")
            : "Fair enough, some weeks are like that. Every session from here is progress you'll feel on the road.";
        return Reply.WithButtons(
            sofar + "\n\nWhy it matters: strong glutes keep your pelvis level on every stride, which takes load off your knees and lower back.",
            [CallbackData.Button("Just 5 minutes", new StartMini())]);
    }

    private static string Sessions(int count) =>
        count == 1 ? "1 session" : string.Create(CultureInfo.InvariantCulture, $"{count:N0} sessions");
}
