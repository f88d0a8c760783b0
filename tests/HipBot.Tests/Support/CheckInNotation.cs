using System.Globalization;
using HipBot.Core.CheckIns;
using HipBot.Core.Training;

namespace HipBot.Tests.Support;

/// <summary>
/// A compact spelling of a parse result so a table row fits on one line:
/// "done", "log clam 3x20; squat done", "log all ?x20", "log all 2x20 L", "allbut squat", "only clam,raise",
/// "skip", "later", "ask howmuch clam", "ask numbers", "unrelated", "care pain", "chat thanks"; " +pain" for pain beside
/// work; "@yesterday", "@3daysago", "@mon" or "@lastmon" on the end for another day.
/// </summary>
internal static class CheckInNotation
{
    public static string Of(ParsedCheckIn parsed)
    {
        var body = parsed switch
        {
            ParsedCheckIn.AllDone => "done",
            ParsedCheckIn.Logged logged => "log " + string.Join("; ", logged.Entries.Select(Entry)),
            ParsedCheckIn.AllBut allBut => "allbut " + Names(allBut.Excluded),
            ParsedCheckIn.Only only => "only " + Names(only.Exercises),
            ParsedCheckIn.Skip => "skip",
            ParsedCheckIn.Later => "later",
            ParsedCheckIn.Ambiguous ambiguous => ("ask " + ambiguous.Reason.ToString().ToLowerInvariant() + " " + Names(ambiguous.Exercises)).TrimEnd(),
            ParsedCheckIn.Unrelated => "unrelated",
            ParsedCheckIn.Care care => "care " + care.Topic.ToString().ToLowerInvariant(),
            ParsedCheckIn.Chat chat => "chat " + chat.Topic.ToString().ToLowerInvariant(),
            _ => "?",
        };
        if (parsed.Concern is { } concern)
        {
            body += " +" + concern.ToString().ToLowerInvariant();
        }
        return parsed.Day == DayOffset.Today ? body
            : parsed.Day == DayOffset.Yesterday ? body + "@yesterday"
            : parsed.Day.Weekday != NodaTime.IsoDayOfWeek.None
                ? body + "@" + (parsed.Day.LastWeek ? "last" : "") + parsed.Day.Weekday.ToString()[..3].ToLowerInvariant()
            : body + "@" + parsed.Day.DaysBack.ToString(CultureInfo.InvariantCulture) + "daysago";
    }

    private static string Entry(CheckInEntry entry)
    {
        var name = entry.Exercise is { } exercise ? Short(exercise) : "all";
        var amount = entry.IsDone
            ? "done"
            : string.Create(CultureInfo.InvariantCulture, $"{entry.Sets?.ToString(CultureInfo.InvariantCulture) ?? "?"}x{entry.Reps?.ToString(CultureInfo.InvariantCulture) ?? "?"}");
        var side = entry.Side switch
        {
            Side.Left => " L",
            Side.Right => " R",
            _ => "",
        };
        return name + " " + amount + side;
    }

    private static string Names(IEnumerable<Exercise> exercises) => string.Join(",", exercises.Select(Short));

    private static string Short(Exercise exercise) => exercise switch
    {
        Exercise.Clamshell => "clam",
        Exercise.SideLegRaise => "raise",
        Exercise.TravelingSideSquat => "squat",
        _ => exercise.ToString(),
    };
}
