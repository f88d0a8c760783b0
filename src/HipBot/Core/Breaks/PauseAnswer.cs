using NodaTime;

namespace HipBot.Core.Breaks;

/// <summary>
/// Reads a typed answer to "how long do you want to pause?".
/// The result is the first day back, i.e. the exclusive end of the pause: "7 days" on a Monday gives the
/// next Monday, and "until 3 Dec" / "till Monday" give that very day, which is how people mean "until".
/// </summary>
public static class PauseAnswer
{
    /// <summary>Longer than a season away is not a pause any more; the dialogue can say so and ask again.</summary>
    public const int MaxDays = 90;

    // A month is 30 days here: it keeps "3 months" exactly at the cap instead of sometimes over it.
    private const int DaysPerMonth = 30;

    /// <returns>The first day back, or null when the text is not a clear pause length within <see cref="MaxDays"/>. Never throws.</returns>
    public static LocalDate? Parse(string? text, LocalDate today)
    {
        // The last year NodaTime knows has no room for "next year" or 90 more days; refusing beats overflowing.
        if (string.IsNullOrWhiteSpace(text) || text.Length > 200 || today.Year >= CalendarSystem.Iso.MaxYear)
        {
            return null;
        }
        var tokens = PauseTokens.Meaningful(text);
        var end = tokens.Count switch
        {
            1 => Single(tokens[0], today),
            2 => Duration(tokens[0], tokens[1], today) ?? DayAndMonth(tokens, today),
            3 => WeekdayAndDate(tokens, today) ?? DayAndMonth(tokens, today),
            4 => WeekdayAndDate(tokens, today),
            _ => null,
        };
        return end is { } date && date > today && date <= today.PlusDays(MaxDays) ? date : null;
    }

    private static LocalDate? Single(string token, LocalDate today)
    {
        if (token == "tomorrow")
        {
            return today.PlusDays(1);
        }
        if (PauseWords.Weekday(token) is { } weekday)
        {
            return today.Next(weekday);
        }
        // "week" alone comes from "a week"/"next week"; "fortnight" from "a fortnight".
        return UnitDays(token) is { } days ? FromToday(today, 1, days) : NumericDate(token, today);
    }

    private static LocalDate? Duration(string count, string unit, LocalDate today) =>
        PauseWords.Number(count) is { } n && UnitDays(unit) is { } days ? FromToday(today, n, days) : null;

    private static LocalDate? FromToday(LocalDate today, int count, int unitDays)
    {
        // Checked before adding, so absurd numbers can neither overflow nor leave NodaTime's range.
        if (count < 1 || count > MaxDays || count * unitDays > MaxDays)
        {
            return null;
        }
        return today.PlusDays(count * unitDays);
    }

    private static int? UnitDays(string unit) => unit switch
    {
        "d" or "day" or "days" => 1,
        "w" or "wk" or "wks" or "week" or "weeks" => 7,
        "fortnight" or "fortnights" => 14,
        "mo" or "mos" or "mth" or "mths" or "month" or "months" => DaysPerMonth,
        _ => null,
    };

    /// <summary>"3 dec", "dec 3", "3 december 2026", "december 3 2026".</summary>
    private static LocalDate? DayAndMonth(List<string> tokens, LocalDate today)
    {
        if (tokens.Count is < 2 or > 3)
        {
            return null;
        }
        int? year = null;
        if (tokens.Count == 3)
        {
            if (tokens[2].Length != 4 || !int.TryParse(tokens[2], out var y))
            {
                return null;
            }
            year = y;
        }
        var (day, month) = PauseWords.Month(tokens[1]) is { } m1 ? (PauseWords.DayOfMonth(tokens[0]), m1)
            : PauseWords.Month(tokens[0]) is { } m2 ? (PauseWords.DayOfMonth(tokens[1]), m2)
            : (null, 0);
        return day is { } d ? NextDate(d, month, year, today) : null;
    }

    /// <summary>"monday 3 dec": accepted only when the weekday really is that date's weekday.</summary>
    private static LocalDate? WeekdayAndDate(List<string> tokens, LocalDate today)
    {
        if (PauseWords.Weekday(tokens[0]) is not { } weekday)
        {
            return null;
        }
        var rest = tokens.Skip(1).ToList();
        var date = rest.Count == 1 ? NumericDate(rest[0], today) : DayAndMonth(rest, today);
        return date is { } d && d.DayOfWeek == weekday ? d : null;
    }

    /// <summary>
    /// "25/12", "12/25", "25.12.2026". Day-month or month-day is only guessed when one number is over 12;
    /// "3/12" could be either, so it is refused rather than risking a pause that ends in the wrong month.
    /// </summary>
    private static LocalDate? NumericDate(string token, LocalDate today)
    {
        var parts = token.Split('/', '.');
        if (parts.Length is < 2 or > 3 || parts.Any(p => p.Length is 0 or > 4 || !p.All(char.IsAsciiDigit)))
        {
            return null;
        }
        var a = int.Parse(parts[0], System.Globalization.CultureInfo.InvariantCulture);
        var b = int.Parse(parts[1], System.Globalization.CultureInfo.InvariantCulture);
        int? year = null;
        if (parts.Length == 3)
        {
            if (parts[2].Length != 4)
            {
                return null;
            }
            year = int.Parse(parts[2], System.Globalization.CultureInfo.InvariantCulture);
        }
        return (a, b) switch
        {
            _ when a == b && a <= 12 => NextDate(a, b, year, today),
            _ when a > 12 && b <= 12 => NextDate(a, b, year, today),
            _ when b > 12 && a <= 12 => NextDate(b, a, year, today),
            _ => null,
        };
    }

    /// <summary>Without a year, the next time that date comes round after today.</summary>
    private static LocalDate? NextDate(int day, int month, int? year, LocalDate today)
    {
        foreach (var y in year is { } fixedYear ? [fixedYear] : new[] { today.Year, today.Year + 1 })
        {
            if (month is >= 1 and <= 12 && y >= today.Year && y <= today.Year + 1
                && day >= 1 && day <= CalendarSystem.Iso.GetDaysInMonth(y, month))
            {
                var date = new LocalDate(y, month, day);
                if (date > today)
                {
                    return date;
                }
            }
        }
        return null;
    }
}
