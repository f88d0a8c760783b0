using System.Globalization;
using NodaTime;

namespace HipBot.Core.Breaks;

/// <summary>The number, weekday and month words a pause answer may use.</summary>
internal static class PauseWords
{
    /// <summary>A count, signed ("-5") so a backwards length can be told apart from a forward one.</summary>
    public static int? Number(string token)
    {
        var digits = token.StartsWith('-') ? token[1..] : token;
        if (digits.Length > 0 && digits.All(char.IsAsciiDigit))
        {
            // Beyond nine digits the exact size no longer matters: it is far too long (or too far back) either way.
            var magnitude = digits.Length <= 9 ? int.Parse(digits, CultureInfo.InvariantCulture) : int.MaxValue;
            return digits.Length < token.Length ? -magnitude : magnitude;
        }
        return token switch
        {
            "zero" => 0,
            "a" or "an" or "one" => 1,
            "two" or "couple" => 2,
            "three" => 3,
            "four" => 4,
            "five" => 5,
            "six" => 6,
            "seven" => 7,
            "eight" => 8,
            "nine" => 9,
            "ten" => 10,
            "eleven" => 11,
            "twelve" => 12,
            _ => null,
        };
    }

    public static int? DayOfMonth(string token) =>
        token.Length is 1 or 2 && token.All(char.IsAsciiDigit) ? int.Parse(token, CultureInfo.InvariantCulture) : null;

    public static IsoDayOfWeek? Weekday(string token) => token switch
    {
        "mon" or "monday" => IsoDayOfWeek.Monday,
        "tue" or "tues" or "tuesday" => IsoDayOfWeek.Tuesday,
        "wed" or "weds" or "wednesday" => IsoDayOfWeek.Wednesday,
        "thu" or "thur" or "thurs" or "thursday" => IsoDayOfWeek.Thursday,
        "fri" or "friday" => IsoDayOfWeek.Friday,
        "sat" or "saturday" => IsoDayOfWeek.Saturday,
        "sun" or "sunday" => IsoDayOfWeek.Sunday,
        _ => null,
    };

    public static int? Month(string token) => token switch
    {
        "jan" or "january" => 1,
        "feb" or "february" => 2,
        "mar" or "march" => 3,
        "apr" or "april" => 4,
        "may" => 5,
        "jun" or "june" => 6,
        "jul" or "july" => 7,
        "aug" or "august" => 8,
        "sep" or "sept" or "september" => 9,
        "oct" or "october" => 10,
        "nov" or "november" => 11,
        "dec" or "december" => 12,
        _ => null,
    };
}
