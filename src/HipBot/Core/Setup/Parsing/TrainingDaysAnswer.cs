using System.Globalization;
using System.Text;
using HipBot.Core.Training;

namespace HipBot.Core.Setup.Parsing;

/// <summary>
/// Reads the answer to "which days do you train?": day names and ranges ("mon wed fri", "mon-fri"),
/// groups ("weekdays", "every day except sunday") or a count ("3x a week"), which gets a spread-out schedule.
/// </summary>
public static class TrainingDaysAnswer
{
    private static readonly Dictionary<string, TrainingDays> Days = Names(
        (TrainingDays.Monday, ["monday", "mondays", "mon", "mo"]),
        (TrainingDays.Tuesday, ["tuesday", "tuesdays", "tue", "tues", "tu"]),
        (TrainingDays.Wednesday, ["wednesday", "wednesdays", "wed", "weds"]),
        (TrainingDays.Thursday, ["thursday", "thursdays", "thu", "thur", "thurs", "th"]),
        (TrainingDays.Friday, ["friday", "fridays", "fri", "fr"]),
        (TrainingDays.Saturday, ["saturday", "saturdays", "sat", "sa"]),
        (TrainingDays.Sunday, ["sunday", "sundays", "sun", "su"]));

    private static readonly Dictionary<string, TrainingDays> Groups = Names(
        (TrainingDays.EveryDay, ["everyday", "daily"]),
        (TrainingDays.Weekdays, ["weekdays", "weekday", "workdays"]),
        (TrainingDays.Saturday | TrainingDays.Sunday, ["weekends", "weekend"]),
        (TrainingDays.MonWedFri, ["mwf"]),
        (TrainingDays.Tuesday | TrainingDays.Thursday, ["tth"]));

    /// <summary>Multi-word phrases rewritten to one token before reading: "every day" is a group, not "every" + "day".</summary>
    private static readonly (string Phrase, string Token)[] Phrases =
    [
        ("every single day", "everyday"), ("every other day", "mwf"), ("every second day", "mwf"),
        ("every 2nd day", "mwf"), ("every day", "everyday"),
        ("each day", "everyday"), ("any day", "everyday"), ("all days", "everyday"), ("all week", "everyday"),
        ("week days", "weekdays"), ("work days", "weekdays"), ("working days", "weekdays"),
        ("business days", "weekdays"), ("week ends", "weekends"), ("all but", "everyday except"),
        ("apart from", "except"), ("other than", "except"),
    ];

    /// <summary>Words that start the days to leave out: "every day except sunday", "weekdays but not wed".</summary>
    private static readonly HashSet<string> Exclusions = new(StringComparer.Ordinal)
    {
        "except", "excluding", "exc", "but", "not", "no", "without", "minus",
    };

    private static readonly HashSet<string> RangeWords = new(StringComparer.Ordinal)
    {
        "-", "to", "through", "thru", "till", "til", "until",
    };

    private static readonly Dictionary<string, int> Counts = new(StringComparer.Ordinal)
    {
        ["one"] = 1, ["once"] = 1, ["two"] = 2, ["twice"] = 2, ["three"] = 3, ["thrice"] = 3, ["four"] = 4,
        ["five"] = 5, ["six"] = 6, ["seven"] = 7,
    };

    /// <summary>The only other words allowed beside a count, so "I have 2 kids" is not read as two days.</summary>
    private static readonly HashSet<string> CountWords = new(StringComparer.Ordinal)
    {
        "x", "times", "time", "days", "day", "a", "per", "each", "every", "week", "weekly", "wk", "w", "in", "the",
        "sessions", "session", "workouts", "workout", "about", "around", "maybe", "probably", "like", "say", "i",
        "id", "can", "do", "train", "only", "just", "on", "of", "please", "lets", "go", "with", "at", "least",
        "most", "max", "ok", "okay",
    };

    /// <returns>The days, or null when the text names none.</returns>
    public static TrainingDays? Parse(string text)
    {
        var tokens = Tokens(text);
        var named = FromNames(tokens);
        if (named is { } days)
        {
            return days == TrainingDays.None ? null : days;
        }
        return FromCount(tokens);
    }

    /// <summary>
    /// The schedule suggested for training a number of days a week, spread so rest days fall between sessions.
    /// </summary>
    /// <returns>Null outside 1–7.</returns>
    public static TrainingDays? ForCount(int timesPerWeek) => timesPerWeek switch
    {
        1 => TrainingDays.Wednesday,
        2 => TrainingDays.Tuesday | TrainingDays.Thursday,
        3 => TrainingDays.MonWedFri,
        4 => TrainingDays.Monday | TrainingDays.Tuesday | TrainingDays.Thursday | TrainingDays.Friday,
        5 => TrainingDays.Weekdays,
        6 => TrainingDays.EveryDay & ~TrainingDays.Sunday,
        7 => TrainingDays.EveryDay,
        _ => null,
    };

    /// <returns>The named days less any excluded ones; null when no day or group is named at all.</returns>
    private static TrainingDays? FromNames(string[] tokens)
    {
        var included = TrainingDays.None;
        var excluded = TrainingDays.None;
        var excluding = false;
        var mentioned = false;
        for (var i = 0; i < tokens.Length; i++)
        {
            var token = tokens[i];
            TrainingDays found;
            if (Exclusions.Contains(token))
            {
                excluding = true;
                continue;
            }
            if (Days.TryGetValue(token, out var day))
            {
                found = day;
                if (IsRangeTo(tokens, i, out var last))
                {
                    found = Range(day, last);
                    i += 2;
                }
            }
            else if (!Groups.TryGetValue(token, out found))
            {
                continue;
            }
            mentioned = true;
            if (excluding)
            {
                excluded |= found;
            }
            else
            {
                included |= found;
            }
        }
        return mentioned ? included & ~excluded : null;
    }

    /// <summary>
    /// True for "mon - fri" or "monday to friday" at <paramref name="i"/>. A hyphen chain such as "mon-wed-fri"
    /// is a list, not two ranges, so a hyphen counts only when no further hyphen follows.
    /// </summary>
    private static bool IsRangeTo(string[] tokens, int i, out TrainingDays last)
    {
        last = TrainingDays.None;
        if (i + 2 >= tokens.Length || !RangeWords.Contains(tokens[i + 1]) || !Days.TryGetValue(tokens[i + 2], out last))
        {
            return false;
        }
        var isHyphen = tokens[i + 1] == "-";
        var chained = (i + 3 < tokens.Length && tokens[i + 3] == "-") || (i >= 1 && tokens[i - 1] == "-");
        return !(isHyphen && chained);
    }

    /// <summary>Inclusive, wrapping past Sunday: "fri-mon" is Friday to Monday.</summary>
    private static TrainingDays Range(TrainingDays first, TrainingDays last)
    {
        var days = first;
        for (var day = first; day != last;)
        {
            day = day == TrainingDays.Sunday ? TrainingDays.Monday : (TrainingDays)((int)day << 1);
            days |= day;
        }
        return days;
    }

    /// <summary>
    /// "3 days a week". A count after "every" is an interval ("every 2 days" is every other day) and one before "a day"
    /// is sessions within a day ("twice a day"), so neither is read as that many days a week.
    /// </summary>
    private static TrainingDays? FromCount(string[] tokens)
    {
        int? count = null;
        var interval = false;
        var perDay = false;
        for (var i = 0; i < tokens.Length; i++)
        {
            var token = tokens[i];
            if (int.TryParse(token, NumberStyles.None, CultureInfo.InvariantCulture, out var number)
                || Counts.TryGetValue(token, out number))
            {
                if (count is not null)
                {
                    return null;
                }
                count = number;
                interval = i > 0 && tokens[i - 1] == "every";
            }
            else if (!CountWords.Contains(token))
            {
                return null;
            }
            perDay |= token == "day" && i > 0 && tokens[i - 1] is "a" or "per";
        }
        return (count, interval, perDay) switch
        {
            (null, _, _) => null,
            (1, _, _) when interval || perDay => TrainingDays.EveryDay,
            (2, true, _) => TrainingDays.MonWedFri,
            (_, true, _) or (_, _, true) => null,
            ({ } n, _, _) => ForCount(n),
        };
    }

    /// <summary>
    /// Folded words with hyphens as their own token and digits split from letters ("3x" → "3", "x"), except an ordinal's
    /// ending: the "th" of "every 4th day" is not Thursday.
    /// </summary>
    private static string[] Tokens(string text)
    {
        var folded = AnswerText.Fold(text, "-");
        var spaced = new StringBuilder(folded.Length + 16).Append(' ');
        for (var i = 0; i < folded.Length; i++)
        {
            var c = folded[i];
            var boundary = i > 0 && char.IsAsciiDigit(c) != char.IsAsciiDigit(folded[i - 1]) && !IsOrdinalEnding(folded, i);
            if (c == '-' || boundary)
            {
                spaced.Append(' ');
            }
            spaced.Append(c);
            if (c == '-')
            {
                spaced.Append(' ');
            }
        }
        // One space between words, so a phrase matches however the digits and hyphens were spaced out.
        spaced = new StringBuilder(" ").AppendJoin(' ', AnswerText.Words(spaced.ToString())).Append(' ');
        foreach (var (phrase, token) in Phrases)
        {
            spaced.Replace($" {phrase} ", $" {token} ");
        }
        return AnswerText.Words(spaced.ToString());
    }

    private static bool IsOrdinalEnding(string folded, int i) =>
        char.IsAsciiDigit(folded[i - 1]) && i + 2 <= folded.Length
        && folded.AsSpan(i, 2) is "st" or "nd" or "rd" or "th"
        && (i + 2 == folded.Length || !char.IsLetter(folded[i + 2]));

    private static Dictionary<string, TrainingDays> Names(params (TrainingDays Days, string[] Names)[] groups) =>
        groups.SelectMany(g => g.Names.Select(name => (name, g.Days)))
            .ToDictionary(p => p.name, p => p.Days, StringComparer.Ordinal);
}
