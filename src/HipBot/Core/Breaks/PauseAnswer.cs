using NodaTime;

namespace HipBot.Core.Breaks;

/// <summary>Why a pause answer was not taken; each gets its own explanation.</summary>
public enum PauseRefusal
{
    None,
    Unreadable,
    /// <summary>"-5 days", "0 weeks", "until yesterday": a pause that would end before it starts.</summary>
    NotAhead,
    TooLong,
}

/// <summary>The first day back, or why there is none.</summary>
public sealed record PauseReading(LocalDate? Until, PauseRefusal Refusal);

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

    /// <summary>
    /// "tomorrow", "from tomorrow for a week": a pause that starts tomorrow. Alone it is tomorrow only; a length after it
    /// counts from tomorrow. Null when the answer does not start from tomorrow.
    /// </summary>
    public static PauseReading? FromTomorrow(string? text, LocalDate today)
    {
        if (string.IsNullOrWhiteSpace(text) || text.Length > 200 || today.Year >= CalendarSystem.Iso.MaxYear)
        {
            return null;
        }
        var tokens = PauseTokens.Meaningful(text);
        if (tokens.Count == 0 || tokens[0] is not ("tomorrow" or "tmrw" or "tmr"))
        {
            return null;
        }
        var tomorrow = today.PlusDays(1);
        if (tokens.Count == 1)
        {
            return new(tomorrow.PlusDays(1), PauseRefusal.None);
        }
        var rest = Read(string.Join(' ', tokens.Skip(1)), tomorrow);
        return rest.Until is { } until && Period.Between(today, until, PeriodUnits.Days).Days > MaxDays
            ? new(null, PauseRefusal.TooLong)
            : rest;
    }

    /// <returns>The first day back, or null when the text is not a clear pause length within <see cref="MaxDays"/>. Never throws.</returns>
    public static LocalDate? Parse(string? text, LocalDate today) => Read(text, today).Until;

    /// <returns>The first day back, or why the text gives none. Never throws.</returns>
    public static PauseReading Read(string? text, LocalDate today)
    {
        // The last year NodaTime knows has no room for "next year" or 90 more days; refusing beats overflowing.
        if (string.IsNullOrWhiteSpace(text) || text.Length > 200 || today.Year >= CalendarSystem.Iso.MaxYear)
        {
            return new(null, PauseRefusal.Unreadable);
        }
        var tokens = PauseTokens.Meaningful(text);
        // Counted in days from today, so a negative or absurd length is judged before any date arithmetic can overflow.
        var days = tokens.Count switch
        {
            1 => Single(tokens[0], today),
            2 => Duration(tokens[0], tokens[1]) ?? DaysUntil(today, DayAndMonth(tokens, today)),
            3 => DaysUntil(today, WeekdayAndDate(tokens, today) ?? DayAndMonth(tokens, today)),
            4 => DaysUntil(today, WeekdayAndDate(tokens, today)),
            _ => null,
        };
        return days switch
        {
            null => new(null, PauseRefusal.Unreadable),
            <= 0 => new(null, PauseRefusal.NotAhead),
            > MaxDays => new(null, PauseRefusal.TooLong),
            _ => new(today.PlusDays((int)days), PauseRefusal.None),
        };
    }

    private static long? Single(string token, LocalDate today)
    {
        switch (token)
        {
            case "today":
                return 0;
            case "tomorrow":
                return 1;
            case "yesterday":
                return -1;
        }
        if (PauseWords.Weekday(token) is { } weekday)
        {
            return DaysUntil(today, today.Next(weekday));
        }
        // "week" alone comes from "a week"/"next week"; "fortnight" from "a fortnight".
        return UnitDays(token) ?? DaysUntil(today, NumericDate(token, today));
    }

    private static long? Duration(string count, string unit) =>
        PauseWords.Number(count) is { } n && UnitDays(unit) is { } days ? (long)n * days : null;

    private static long? DaysUntil(LocalDate today, LocalDate? date) =>
        date is { } d ? Period.Between(today, d, PeriodUnits.Days).Days : null;

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
        return day is { } d ? NearestDate(d, month, year, today) : null;
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
            _ when a == b && a <= 12 => NearestDate(a, b, year, today),
            _ when a > 12 && b <= 12 => NearestDate(a, b, year, today),
            _ when b > 12 && a <= 12 => NearestDate(b, a, year, today),
            _ => null,
        };
    }

    /// <summary>
    /// Without a year, the time that date comes round closest to today, in either direction: "until 20 Nov" typed on
    /// 24 Nov is a date that has just passed, not one a year away, and "until 10 Jan" in late November is next January.
    /// </summary>
    private static LocalDate? NearestDate(int day, int month, int? year, LocalDate today)
    {
        int[] years = year is { } fixedYear ? [fixedYear] : [today.Year - 1, today.Year, today.Year + 1];
        return years
            .Where(y => month is >= 1 and <= 12 && y >= 1 && y <= CalendarSystem.Iso.MaxYear
                && day >= 1 && day <= CalendarSystem.Iso.GetDaysInMonth(y, month))
            .Select(y => new LocalDate(y, month, day))
            .OrderBy(date => Math.Abs(Period.Between(today, date, PeriodUnits.Days).Days))
            .ThenByDescending(date => date)
            .Cast<LocalDate?>()
            .FirstOrDefault();
    }
}
