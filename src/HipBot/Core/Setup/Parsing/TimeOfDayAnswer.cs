using System.Globalization;
using System.Text.RegularExpressions;
using NodaTime;

namespace HipBot.Core.Setup.Parsing;

/// <summary>Reads the answer to "what time should I remind you?": "7:30", "7pm", "19h", "half past six", "noon".</summary>
public static partial class TimeOfDayAnswer
{
    private static readonly Dictionary<string, string> NumberWords = new(StringComparer.Ordinal)
    {
        ["one"] = "1", ["two"] = "2", ["three"] = "3", ["four"] = "4", ["five"] = "5", ["six"] = "6",
        ["seven"] = "7", ["eight"] = "8", ["nine"] = "9", ["ten"] = "10", ["eleven"] = "11", ["twelve"] = "12",
        ["fifteen"] = "15", ["thirty"] = "30", ["fortyfive"] = "45",
    };

    /// <summary>Words around the time that change nothing: "at 7", "around 7ish", "7 o'clock sharp".</summary>
    private static readonly HashSet<string> Fillers = new(StringComparer.Ordinal)
    {
        "at", "around", "about", "approx", "approximately", "by", "maybe", "say", "like", "ish", "oclock",
        "sharp", "please", "the", "in",
    };

    private enum Meridiem { None, Am, Pm, Night }

    /// <returns>The time, or null when the text is not a valid time of day.</returns>
    public static LocalTime? Parse(string text)
    {
        // Folding drops the sign, so "-1:00" would come out as 01:00: a signed number is no time of day.
        if (Signed().IsMatch(AnswerText.Fold(text, ":.+-")))
        {
            return null;
        }
        var folded = AnswerText.Fold(text, ":.")
            .Replace("a.m", "am", StringComparison.Ordinal)
            .Replace("p.m", "pm", StringComparison.Ordinal)
            .Replace("o clock", "oclock", StringComparison.Ordinal)
            .Replace("forty five", "fortyfive", StringComparison.Ordinal);
        var meridiem = Meridiem.None;
        LocalTime? named = null;
        var words = new List<string>();
        foreach (var raw in AnswerText.Words(folded))
        {
            var word = raw.Trim('.', ':');
            word = word.Length > 3 && word.EndsWith("ish", StringComparison.Ordinal) ? word[..^3] : word;
            switch (word)
            {
                case "noon" or "midday" when named is null:
                    named = new LocalTime(12, 0);
                    break;
                case "midnight" when named is null:
                    named = LocalTime.Midnight;
                    break;
                case "morning":
                    meridiem = Meridiem.Am;
                    break;
                case "afternoon" or "evening" or "eve":
                    meridiem = Meridiem.Pm;
                    break;
                case "night" or "tonight":
                    meridiem = Meridiem.Night;
                    break;
                case var _ when word.Length == 0 || Fillers.Contains(word):
                    break;
                default:
                    words.Add(NumberWords.GetValueOrDefault(word, word));
                    break;
            }
        }
        if (named is not null)
        {
            // "12 noon" is fine; "noon or 1" is not one time.
            return words is [] or ["12"] ? named : null;
        }
        var cleaned = string.Join(' ', words);
        return FromClock(cleaned, meridiem) ?? FromPhrase(cleaned, meridiem);
    }

    /// <summary>"7", "7:30", "0730", "19h30", "7.30 pm", "7a".</summary>
    private static LocalTime? FromClock(string text, Meridiem spoken)
    {
        var match = Clock().Match(text);
        if (!match.Success)
        {
            return null;
        }
        var minutes = match.Groups["m"].Success ? Number(match.Groups["m"]) : 0;
        return Build(Number(match.Groups["h"]), minutes, Written(match.Groups["mer"]) ?? spoken);
    }

    /// <summary>"half past 6", "quarter to 8 pm", and the British "half 7" (7:30).</summary>
    private static LocalTime? FromPhrase(string text, Meridiem spoken)
    {
        var match = Phrase().Match(text);
        if (!match.Success)
        {
            return null;
        }
        var hour = Number(match.Groups["h"]);
        var meridiem = Written(match.Groups["mer"]) ?? spoken;
        var quarterHours = match.Groups["q"].ValueSpan is "half" ? 2 : 1;
        if (match.Groups["dir"].ValueSpan is "to" or "till" or "before")
        {
            var next = Build(hour, 0, meridiem);
            return next?.PlusMinutes(-15 * quarterHours);
        }
        return Build(hour, 15 * quarterHours, meridiem);
    }

    private static LocalTime? Build(int hour, int minute, Meridiem meridiem)
    {
        if (minute > 59)
        {
            return null;
        }
        var hour24 = meridiem switch
        {
            Meridiem.None => hour,
            _ when hour is < 1 or > 12 => -1,
            Meridiem.Am => hour % 12,
            Meridiem.Pm => (hour % 12) + 12,
            // "2 at night" is 02:00 but "10 at night" is 22:00.
            _ => hour is 12 ? 0 : hour < 5 ? hour : hour + 12,
        };
        return hour24 is >= 0 and <= 23 ? new LocalTime(hour24, minute) : null;
    }

    private static Meridiem? Written(Group group) => !group.Success ? null
        : group.ValueSpan[0] == 'a' ? Meridiem.Am : Meridiem.Pm;

    private static int Number(Group group) => int.Parse(group.ValueSpan, CultureInfo.InvariantCulture);

    /// <summary>A plus or minus sign in front of a number, but not a dash between numbers ("7-30") or before a word ("7pm-ish").</summary>
    [GeneratedRegex(@"(?:^|[^0-9a-z])[+-]\s*[0-9]")]
    private static partial Regex Signed();

    [GeneratedRegex(@"^(?<h>[0-9]{1,2})(?:\s?[:.h\s]\s?(?<m>[0-9]{2})|(?<m>[0-9]{2}))?(?::00)?\s?(?:h|hrs|uhr)?\s?(?<mer>am|pm|a|p)?$")]
    private static partial Regex Clock();

    [GeneratedRegex(@"^(?:(?<q>half|quarter)\s(?<dir>past|after|to|till|before)\s|(?<q>half)\s)(?<h>[0-9]{1,2})\s?(?<mer>am|pm)?$")]
    private static partial Regex Phrase();
}
