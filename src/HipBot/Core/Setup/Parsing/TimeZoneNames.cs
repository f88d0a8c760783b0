using System.Text.RegularExpressions;
using NodaTime.TimeZones;

namespace HipBot.Core.Setup.Parsing;

/// <summary>
/// Every name a zone answers to, folded with <see cref="AnswerText.Fold"/>, mapped to the zone id to use.
/// Built once from NodaTime's embedded TZDB. Earlier sources win a clash, so the order below is the order of trust:
/// our aliases, whole zone ids, city segments of the zones countries list, city segments of old or linked ids,
/// names of countries that have a single zone, then the place names in zone.tab comments.
/// </summary>
internal static partial class TimeZoneNames
{
    /// <summary>The id prefixes whose last segment names a place; "US/Eastern" or "Etc/UTC" do not.</summary>
    private static readonly string[] GeographicAreas =
        ["Africa/", "America/", "Antarctica/", "Arctic/", "Asia/", "Atlantic/", "Australia/", "Europe/", "Indian/", "Pacific/"];

    /// <summary>Segments and comment words that name a direction or region rather than a place.</summary>
    private static readonly HashSet<string> TooVague = new(StringComparer.Ordinal)
    {
        "north", "south", "east", "west", "center", "central", "eastern", "western", "mountain", "pacific",
        "atlantic", "general", "continental", "atlantic islands",
    };

    private static readonly TzdbDateTimeZoneSource Source = TzdbDateTimeZoneSource.Default;

    private static readonly HashSet<string> ListedZoneIds =
        Source.ZoneLocations?.Select(l => l.ZoneId).ToHashSet(StringComparer.Ordinal) ?? [];

    /// <summary>Exact zone ids, case-insensitively, for ids that folding would mangle ("Etc/GMT-2").</summary>
    private static readonly Dictionary<string, string> ById =
        Source.CanonicalIdMap.Keys.ToDictionary(id => id, Preferred, StringComparer.OrdinalIgnoreCase);

    private static readonly Dictionary<string, string> ByFoldedName = Build();

    internal static string? FindById(string text) => ById.GetValueOrDefault(text.Replace(' ', '_'));

    internal static string? FindByName(string folded) => ByFoldedName.GetValueOrDefault(folded);

    /// <summary>
    /// Keeps ids that countries list in zone.tab ("Europe/Oslo" stays Oslo, though TZDB now links it to Berlin)
    /// and otherwise follows TZDB's links to the canonical id ("Asia/Calcutta" → "Asia/Kolkata").
    /// </summary>
    internal static string Preferred(string id) =>
        ListedZoneIds.Contains(id) || !Source.CanonicalIdMap.TryGetValue(id, out var canonical) ? id : canonical;

    private static Dictionary<string, string> Build()
    {
        var names = new Dictionary<string, string>(TimeZoneAliases.ByName, StringComparer.Ordinal);
        var allIds = Source.CanonicalIdMap.Keys.Order(StringComparer.Ordinal).ToList();
        var locations = Source.ZoneLocations ?? [];

        // Signed ids such as "Etc/GMT+2" fold to the same text as their opposites; FindById serves them.
        foreach (var id in allIds.Where(id => !SignedOffset().IsMatch(id)))
        {
            Add(names, AnswerText.Fold(id, "/"), Preferred(id));
        }
        foreach (var location in locations)
        {
            AddPlace(names, LastSegment(location.ZoneId), location.ZoneId);
        }
        foreach (var id in allIds.Where(id => GeographicAreas.Any(area => id.StartsWith(area, StringComparison.Ordinal))))
        {
            AddPlace(names, LastSegment(id), Preferred(id));
        }
        foreach (var country in locations.GroupBy(l => l.CountryCode).Where(g => g.Count() == 1).Select(g => g.Single()))
        {
            // The bracketed part qualifies rather than names: "Samoa (American)", "Virgin Islands (US)".
            var name = Notes().Replace(country.CountryName, "");
            AddPlace(names, name, country.ZoneId);
            AddPlace(names, name.Replace("&", "and", StringComparison.Ordinal), country.ZoneId);
        }
        foreach (var location in locations)
        {
            foreach (var place in CommentPlaces(location.Comment))
            {
                AddPlace(names, place, location.ZoneId);
            }
        }
        return names;
    }

    /// <summary>
    /// zone.tab comments mix places with region codes: "Queensland (most areas)", "Eastern - ON &amp; QC (most areas)",
    /// "MSK+04 - Novosibirsk", "Qyzylorda/Kyzylorda/Kzyl-Orda". Only the spelled-out place names are wanted.
    /// </summary>
    private static IEnumerable<string> CommentPlaces(string comment) =>
        Notes().Replace(comment, "")
            .Replace(" - ", ",", StringComparison.Ordinal)
            .Split([',', '/', ';', '&'], StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries)
            .Select(p => p.StartsWith("most of ", StringComparison.Ordinal) ? p["most of ".Length..] : p)
            .Where(p => p.Length >= 4 && !p.Any(char.IsAsciiDigit) && p.Any(char.IsLower));

    private static string LastSegment(string id) => id[(id.LastIndexOf('/') + 1)..];

    private static void AddPlace(Dictionary<string, string> names, string place, string zoneId)
    {
        var folded = AnswerText.Fold(place);
        if (!TooVague.Contains(folded))
        {
            Add(names, folded, zoneId);
        }
    }

    private static void Add(Dictionary<string, string> names, string folded, string zoneId)
    {
        if (folded.Length > 0)
        {
            names.TryAdd(folded, zoneId);
        }
    }

    [GeneratedRegex(@"\([^)]*\)")]
    private static partial Regex Notes();

    [GeneratedRegex(@"[+-][0-9]")]
    private static partial Regex SignedOffset();
}
