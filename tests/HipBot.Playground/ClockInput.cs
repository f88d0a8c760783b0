using System.Globalization;
using System.Text.RegularExpressions;
using NodaTime;
using NodaTime.Text;

namespace HipBot.Playground;

/// <summary>
/// Reads the argument of <c>!clock</c>: <c>+1d</c>, <c>+2h</c>, <c>+1d2h30m</c>; <c>07:00</c> (the next 07:00);
/// <c>2026-12-01T07:00</c> (local to <paramref name="zone"/>); or <c>2026-12-01T06:00Z</c> / <c>...+01:00</c>.
/// </summary>
internal static partial class ClockInput
{
    public const string Syntax = "+1d, +2h, +1d2h30m, 07:00 (the next 07:00), 2026-12-01T07:00, or 2026-12-01T06:00Z";

    private static readonly LocalDateTimePattern[] LocalPatterns =
    [
        LocalDateTimePattern.CreateWithInvariantCulture("uuuu-MM-dd'T'HH:mm"),
        LocalDateTimePattern.CreateWithInvariantCulture("uuuu-MM-dd'T'HH:mm:ss"),
        LocalDateTimePattern.CreateWithInvariantCulture("uuuu-MM-dd HH:mm"),
        LocalDateTimePattern.CreateWithInvariantCulture("uuuu-MM-dd"),
    ];

    private static readonly LocalTimePattern[] TimePatterns =
    [
        LocalTimePattern.CreateWithInvariantCulture("H:mm"),
        LocalTimePattern.CreateWithInvariantCulture("H:mm:ss"),
    ];

    /// <summary>The instant the clock should move to, or null with <paramref name="error"/> set.</summary>
    public static Instant? Parse(string text, Instant now, DateTimeZone zone, out string? error)
    {
        error = null;
        text = text.Trim();
        if (text.StartsWith('+'))
        {
            var parts = Step().Matches(text[1..]);
            if (parts.Count == 0 || string.Concat(parts.Select(p => p.Value)).Length != text.Length - 1)
            {
                error = $"Cannot read \"{text}\" as a step; try +1d, +2h, +30m or +1d2h.";
                return null;
            }
            var by = Duration.Zero;
            foreach (Match part in parts)
            {
                var amount = double.Parse(part.Groups["n"].Value, CultureInfo.InvariantCulture);
                by += part.Groups["unit"].Value switch
                {
                    "w" => Duration.FromDays(7 * amount),
                    "d" => Duration.FromDays(amount),
                    "h" => Duration.FromHours(amount),
                    "m" => Duration.FromMinutes(amount),
                    _ => Duration.FromSeconds(amount),
                };
            }
            return now + by;
        }

        foreach (var pattern in TimePatterns)
        {
            if (pattern.Parse(text) is { Success: true } time)
            {
                // The next time the runner's wall clock shows this time (today if still ahead, else tomorrow).
                var local = now.InZone(zone).LocalDateTime;
                var candidate = local.Date + time.Value;
                if (candidate <= local)
                {
                    candidate = candidate.PlusDays(1);
                }
                return candidate.InZoneLeniently(zone).ToInstant();
            }
        }

        if (OffsetAtEnd().IsMatch(text)
            && DateTimeOffset.TryParse(text, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var withOffset))
        {
            return Instant.FromDateTimeOffset(withOffset);
        }

        foreach (var pattern in LocalPatterns)
        {
            if (pattern.Parse(text) is { Success: true } local)
            {
                return local.Value.InZoneLeniently(zone).ToInstant();
            }
        }

        error = $"Cannot read \"{text}\" as a time; try {Syntax}.";
        return null;
    }

    [GeneratedRegex(@"(?<n>\d+(?:\.\d+)?)(?<unit>[wdhms])", RegexOptions.CultureInvariant)]
    private static partial Regex Step();

    [GeneratedRegex(@"(Z|[+-]\d\d:?\d\d)$", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex OffsetAtEnd();
}
