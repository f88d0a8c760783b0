using System.Globalization;
using HipBot.Core.Messages;

namespace HipBot.Core.ReEngagement;

/// <summary>Answers to "what got in the way?": each one removes that particular obstacle instead of just repeating the ask.</summary>
public static class Obstacles
{
    public const string Time = "time";
    public const string Sore = "sore";
    public const string Forgot = "forgot";
    public const string Motivation = "motivation";

    /// <param name="why">"time", "sore", "forgot" or "motivation"; the full callback data ("why:time") is accepted too.</param>
    public static Reply Answer(string? why, ProgressSnapshot progress)
    {
        ArgumentNullException.ThrowIfNull(progress);
        var key = (why ?? string.Empty).Trim();
        if (key.StartsWith(HabitCallbacks.WhyPrefix, StringComparison.OrdinalIgnoreCase))
        {
            key = key[HabitCallbacks.WhyPrefix.Length..];
        }
        return key.ToUpperInvariant() switch
        {
            "TIME" => NoTime(),
            "SORE" => SoreOrHurt(),
            "FORGOT" => Forgetting(),
            "MOTIVATION" => LowMotivation(progress),
            _ => Unknown(),
        };
    }

    private static Reply NoTime() => Reply.WithButtons(
        "Totally get it. Here's a 5-minute version: one set per side of each exercise "
        + "(clamshells, side leg raises, traveling side squats). It counts as a partial session, "
        + "so your streak keeps going.",
        [new Button("Start 5 minutes", HabitCallbacks.MiniStart)]);

    private static Reply SoreOrHurt() => Reply.WithButtons(
        "Sorry to hear that. A muscle burn while you work is normal, but sharp or stabbing pain is a stop sign: "
        + "don't train through it, and if it lingers, a physio is worth a visit. Want to ease off for a bit?",
        [new Button("Pause a week", HabitCallbacks.PauseWeek), new Button("Drop a level", HabitCallbacks.LowerYes)]);

    private static Reply Forgetting() => Reply.WithButtons(
        "Happens to nearly everyone; hip work is the easiest thing to forget once you feel fine. "
        + "Want your reminder at a time that fits your day better?",
        [new Button("Change reminder time", HabitCallbacks.RemindChange)]);

    private static Reply LowMotivation(ProgressSnapshot progress)
    {
        var sofar = progress.TotalSessions > 0
            ? string.Create(
                CultureInfo.InvariantCulture,
                $"Fair enough, some weeks are like that. Look what you've built so far: {Sessions(progress.TotalSessions)}, a best streak of {progress.BestStreak}, and {progress.TotalReps:N0} reps.")
            : "Fair enough, some weeks are like that. Every session from here is progress you'll feel on the road.";
        return Reply.WithButtons(
            sofar + "\n\nWhy it matters: strong glutes keep your pelvis level on every stride, which takes load off your knees and lower back.",
            [new Button("Just 5 minutes", HabitCallbacks.MiniStart)]);
    }

    private static string Sessions(int count) =>
        count == 1 ? "1 session" : string.Create(CultureInfo.InvariantCulture, $"{count:N0} sessions");

    private static Reply Unknown() => Reply.WithButtons(
        "Thanks for telling me. Whatever it is, a 5-minute session still counts whenever you're up for it.",
        [new Button("Start 5 minutes", HabitCallbacks.MiniStart)]);
}
