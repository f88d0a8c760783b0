using System.Globalization;
using System.Text.RegularExpressions;
using NodaTime;
using NodaTime.TimeZones;

namespace HipBot.Core.Setup.Parsing;

/// <summary>Reads the answer to "what's your time zone?": a zone id, a city, a country or a UTC offset.</summary>
public static partial class TimeZoneAnswer
{
    private static readonly IDateTimeZoneProvider Zones = DateTimeZoneProviders.Tzdb;

    /// <summary>
    /// Offsets on Earth run from −12:00 (Baker Island, Etc/GMT+12) to +14:00 (Kiritimati, Etc/GMT-14); anything beyond
    /// is a typo, and a zone for it would put the reminder on the wrong day.
    /// </summary>
    private static readonly Offset Westernmost = Offset.FromHours(-12);

    private static readonly Offset Easternmost = Offset.FromHours(14);

    /// <summary>Lead-ins and tails people wrap around a place: "I'm in Berlin", "Pacific Standard Time".</summary>
    private static readonly string[][] Prefixes = Split(
        "my time zone is", "my timezone is", "i am based in", "im based in", "i live in", "i am in", "i am near",
        "i am from", "im in", "im near", "im from", "based in", "living in", "live in", "near", "in", "from", "its",
        "it is", "time zone", "timezone", "tz", "the");

    private static readonly string[][] Suffixes = Split(
        "standard time", "daylight time", "summer time", "time zone", "timezone", "time", "tz", "area", "region",
        "please", "thanks");

    /// <summary>
    /// A bare "GMT" (or "GMT+0"): in the UK people say GMT for their clock all year, summer time included, while others
    /// mean UTC. Too close to call: the answer is asked, not guessed.
    /// </summary>
    public static bool IsBareGmt(string? text) =>
        AnswerText.Fold(text, "+-0") is "gmt" or "gmt+0" or "gmt0" or "gmt 0" or "gmt+00" or "gmt-0" or "greenwich" or "greenwich mean";

    /// <returns>The zone, or null when nothing in the text names one.</returns>
    public static DateTimeZone? Parse(string text)
    {
        if (string.IsNullOrWhiteSpace(text) || text.Length > AnswerText.MaxLength)
        {
            return null;
        }
        // "Berlin, Germany" and "Berlin (UTC+1)" name the place in one part. Exact readings of the whole and of
        // each part come before the looser "Sydney Australia" → "Sydney", so "Chad here, in Denver" is Denver.
        // An Etc id is never cut at its slash: "GMT+5" alone means UTC+5, the opposite of what "Etc/GMT+5" means.
        var parts = Parts().Split(text).Select(p => p.Trim()).Where(p => p.Length > 0).ToArray();
        string[] candidates = parts.Length > 1 ? [text, .. parts] : [text];
        return candidates.Select(Exactly).FirstOrDefault(z => z is not null)
            ?? candidates.Select(ByLeadingWords).FirstOrDefault(z => z is not null);
    }

    /// <summary>The listed zone whose principal city is closest (great-circle) to a shared location.</summary>
    /// <returns>Null for a point that is not on Earth: the client sent something no phone could have measured.</returns>
    public static DateTimeZone? Nearest(double latitude, double longitude)
    {
        if (latitude is not (>= -90 and <= 90) || longitude is not (>= -180 and <= 180))
        {
            return null;
        }
        var locations = TzdbDateTimeZoneSource.Default.ZoneLocations;
        if (locations is null || locations.Count == 0)
        {
            return Zones["Etc/UTC"];
        }
        var nearest = locations.MinBy(l => CentralAngle(latitude, longitude, l.Latitude, l.Longitude))!;
        return Zones[nearest.ZoneId];
    }

    /// <summary>"Berlin (Europe/Berlin)", "UTC+5:30", "UTC": what a summary shows the user.</summary>
    public static string Describe(DateTimeZone zone)
    {
        ArgumentNullException.ThrowIfNull(zone);
        var id = zone.Id;
        if (id.StartsWith("Etc/", StringComparison.Ordinal) || id.StartsWith("UTC", StringComparison.Ordinal))
        {
            return DescribeOffset(zone.MaxOffset);
        }
        var slash = id.LastIndexOf('/');
        return slash < 0 ? id : $"{id[(slash + 1)..].Replace('_', ' ')} ({id})";
    }

    private static DateTimeZone? Exactly(string part)
    {
        if (EtcLeadIn().IsMatch(part))
        {
            return EtcZone(part);
        }
        if (ParseOffset(AnswerText.Fold(part, "+-:.")) is { } offset)
        {
            return FixedZone(offset);
        }
        if (part.Contains('/', StringComparison.Ordinal) && TimeZoneNames.FindById(part.Trim()) is { } id)
        {
            return Zones.GetZoneOrNull(id);
        }
        var words = AnswerText.Words(AnswerText.Fold(part, "/"));
        return Named(words) ?? Named(StripFillers(words));
    }

    /// <summary>
    /// A place followed by a word or two more: "Sydney Australia", "new york usa". Only words are dropped, so a
    /// wrong offset such as "UTC+15" is not read as "UTC".
    /// </summary>
    private static DateTimeZone? ByLeadingWords(string part)
    {
        var words = StripFillers(AnswerText.Words(AnswerText.Fold(part, "/")));
        for (var take = words.Length - 1; take >= Math.Max(1, words.Length - 2) && words[take].All(char.IsLetter); take--)
        {
            if (Named(words[..take]) is { } zone)
            {
                return zone;
            }
        }
        return null;
    }

    /// <summary>
    /// "Etc/GMT+5", "etc/gmt +05", "Etc/GMT−5": TZDB's own ids, whose POSIX signs are inverted (Etc/GMT+5 is UTC−5).
    /// They mean exactly what TZDB says, and one TZDB does not have (Etc/GMT+14) is refused, not read as an offset.
    /// </summary>
    private static DateTimeZone? EtcZone(string part)
    {
        var folded = AnswerText.Fold(part, "/+-").Replace(" ", "", StringComparison.Ordinal);
        var signed = EtcSigned().Match(folded);
        var id = signed.Success
            ? string.Create(CultureInfo.InvariantCulture, $"Etc/GMT{signed.Groups["sign"].Value}{int.Parse(signed.Groups["h"].ValueSpan, CultureInfo.InvariantCulture)}")
            : folded;
        return TimeZoneNames.FindById(id) is { } found ? Zones.GetZoneOrNull(found) : null;
    }

    private static DateTimeZone? Named(string[] words) =>
        TimeZoneNames.FindByName(string.Join(' ', words)) is { } id ? Zones.GetZoneOrNull(id) : null;

    private static Offset? ParseOffset(string folded)
    {
        var match = UtcOffset().Match(folded);
        if (!match.Success)
        {
            return null;
        }
        var hours = int.Parse(match.Groups["h"].ValueSpan, CultureInfo.InvariantCulture);
        var minutes = match.Groups["m"].Success ? int.Parse(match.Groups["m"].ValueSpan, CultureInfo.InvariantCulture) : 0;
        // Real offsets fall on quarter hours (+05:45 Nepal is the oddest); other minutes are typos. The hours are
        // checked before building an offset, which NodaTime refuses past 18 hours.
        if (minutes is not (0 or 15 or 30 or 45) || hours > 14)
        {
            return null;
        }
        var magnitude = Offset.FromHoursAndMinutes(hours, minutes);
        var offset = match.Groups["sign"].ValueSpan[0] == '-' ? -magnitude : magnitude;
        return offset >= Westernmost && offset <= Easternmost ? offset : null;
    }

    /// <summary>Whole hours use TZDB's own fixed zones, whose names invert the sign: UTC+2 is "Etc/GMT-2".</summary>
    private static DateTimeZone FixedZone(Offset offset)
    {
        if (offset == Offset.Zero)
        {
            return Zones["Etc/UTC"];
        }
        if (offset.Seconds % 3600 == 0)
        {
            var hours = offset.Seconds / 3600;
            var etcId = string.Create(CultureInfo.InvariantCulture, $"Etc/GMT{(hours > 0 ? '-' : '+')}{Math.Abs(hours)}");
            if (Zones.GetZoneOrNull(etcId) is { } etc)
            {
                return etc;
            }
        }
        return DateTimeZone.ForOffset(offset);
    }

    private static string DescribeOffset(Offset offset)
    {
        if (offset == Offset.Zero)
        {
            return "UTC";
        }
        var sign = offset < Offset.Zero ? '-' : '+';
        var totalMinutes = Math.Abs(offset.Seconds) / 60;
        var (hours, minutes) = Math.DivRem(totalMinutes, 60);
        return minutes == 0
            ? string.Create(CultureInfo.InvariantCulture, $"UTC{sign}{hours}")
            : string.Create(CultureInfo.InvariantCulture, $"UTC{sign}{hours}:{minutes:00}");
    }

    private static string[] StripFillers(string[] words)
    {
        var kept = words.AsSpan();
        var stripped = true;
        while (stripped)
        {
            stripped = false;
            foreach (var prefix in Prefixes)
            {
                if (kept.Length > prefix.Length && kept.StartsWith(prefix))
                {
                    kept = kept[prefix.Length..];
                    stripped = true;
                }
            }
            foreach (var suffix in Suffixes)
            {
                if (kept.Length > suffix.Length && kept.EndsWith(suffix))
                {
                    kept = kept[..^suffix.Length];
                    stripped = true;
                }
            }
        }
        return kept.ToArray();
    }

    private static double CentralAngle(double lat1, double lon1, double lat2, double lon2)
    {
        static double Radians(double degrees) => degrees * Math.PI / 180;
        var dLat = Radians(lat2 - lat1);
        var dLon = Radians(lon2 - lon1);
        var h = Math.Pow(Math.Sin(dLat / 2), 2)
            + (Math.Cos(Radians(lat1)) * Math.Cos(Radians(lat2)) * Math.Pow(Math.Sin(dLon / 2), 2));
        return 2 * Math.Asin(Math.Min(1, Math.Sqrt(h)));
    }

    private static string[][] Split(params string[] phrases) =>
        [.. phrases.Select(p => p.Split(' '))];

    [GeneratedRegex(@"[,;()|]|(?<!\betc\s*)/", RegexOptions.IgnoreCase)]
    private static partial Regex Parts();

    [GeneratedRegex(@"^\s*etc\s*/", RegexOptions.IgnoreCase)]
    private static partial Regex EtcLeadIn();

    [GeneratedRegex(@"^etc/gmt(?<sign>[+-])0*(?<h>[0-9]{1,2})$")]
    private static partial Regex EtcSigned();

    [GeneratedRegex(@"^(?:(?:utc|gmt|z)\s*)?(?<sign>[+-])\s*(?<h>[0-9]{1,2})(?:[:.]?(?<m>[0-9]{2}))?(?:\s*h)?$")]
    private static partial Regex UtcOffset();
}
