namespace HipBot.Core.Setup.Parsing;

/// <summary>
/// Names people type that TZDB does not carry (big cities that are not zone ids, countries with several zones,
/// abbreviations), each pointed at the zone most people saying it mean. They outrank every TZDB-derived name,
/// so they also settle clashes such as "EST", which TZDB links to Panama's fixed offset.
/// </summary>
internal static class TimeZoneAliases
{
    internal static readonly IReadOnlyDictionary<string, string> ByName = Build(
        ("America/New_York", ["nueva york", "nova york", "nova iorque", "new yorkas", "nyc", "new york city", "manhattan", "brooklyn", "boston", "washington", "washington dc",
            "dc", "philadelphia", "philly", "atlanta", "miami", "orlando", "pittsburgh", "charlotte", "eastern",
            "us eastern", "est", "edt", "et"]),
        ("America/Chicago", ["houston", "dallas", "austin", "san antonio", "minneapolis", "st louis", "saint louis",
            "kansas city", "new orleans", "nashville", "milwaukee", "central", "us central", "cst", "cdt"]),
        ("America/Denver", ["salt lake city", "albuquerque", "boulder", "mountain", "us mountain", "mst", "mdt",
            "mt"]),
        ("America/Los_Angeles", ["la", "san francisco", "sf", "bay area", "silicon valley", "san diego", "san jose",
            "sacramento", "seattle", "portland", "las vegas", "california", "pacific", "us pacific", "pst", "pdt",
            "pt"]),
        ("America/Anchorage", ["alaska", "akst", "akdt"]),
        ("Pacific/Honolulu", ["hawaii", "hst"]),
        ("America/Toronto", ["ottawa", "quebec"]),
        ("America/Edmonton", ["calgary"]),
        ("America/Mexico_City", ["ciudad de mexico", "mexico df", "mexico", "guadalajara", "cdmx"]),
        ("America/Sao_Paulo", ["rio", "rio de janeiro", "brasilia", "brazil", "brasil", "brt"]),
        ("America/Argentina/Buenos_Aires", ["argentina"]),
        ("America/Santiago", ["chile"]),
        ("America/Bogota", ["medellin"]),
        ("America/Guayaquil", ["quito", "ecuador"]),
        ("Europe/London", ["londres", "londra", "londen", "londyn", "uk", "u k", "england", "scotland", "wales", "britain", "great britain",
            "united kingdom", "manchester", "edinburgh", "glasgow", "birmingham", "liverpool", "bristol", "leeds",
            "cardiff", "bst"]),
        ("Europe/Berlin", ["germany", "deutschland", "munich", "munchen", "muenchen", "monaco di baviera", "berlim", "berlino", "colonia", "francfort", "frankfurt", "hamburg", "cologne", "koln",
            "stuttgart", "dusseldorf", "leipzig", "dresden", "cet", "cest", "central european"]),
        ("Europe/Paris", ["parigi", "parijs", "paryz", "lyon", "marseille", "toulouse", "nice", "bordeaux"]),
        ("Europe/Madrid", ["madri", "madrit", "spain", "espana", "barcelona", "valencia", "seville", "sevilla", "malaga"]),
        ("Europe/Lisbon", ["lisboa", "lisbonne", "lisbona", "lissabon", "lizbona", "portugal", "porto", "wet"]),
        ("Europe/Rome", ["roma", "rom", "italia", "italy", "firenze", "venezia", "napoli", "torino", "milan", "milano", "florence", "venice", "naples", "turin"]),
        ("Europe/Zurich", ["zurich", "zuerich", "zurigo", "genf", "geneve", "ginebra", "ginevra", "switzerland", "schweiz", "suisse", "geneva", "basel", "bern", "lausanne"]),
        ("Europe/Amsterdam", ["amsterdao", "rotterdam", "the hague", "utrecht", "holland"]),
        ("Europe/Brussels", ["bruxelles", "brussel", "bruselas", "bruxelas", "antwerp", "ghent"]),
        ("Europe/Stockholm", ["estocolmo", "stoccolma", "gothenburg"]),
        ("Europe/Vienna", ["wien", "vienne", "viena", "vienna austria", "austria", "osterreich"]),
        ("Europe/Prague", ["praha", "prag", "praga", "czechia", "czech republic"]),
        ("Europe/Copenhagen", ["kobenhavn", "copenhague", "kopenhagen", "copenaghen", "denmark", "danmark"]),
        ("Europe/Dublin", ["dublino", "ireland"]),
        ("Europe/Budapest", ["budapeste", "hungary"]),
        ("Africa/Cairo", ["el cairo", "le caire", "kairo", "il cairo", "egypt"]),
        ("Europe/Warsaw", ["varsovie", "varsovia", "warschau", "warszawa", "varsavia", "poland", "polska", "krakow", "cracow", "cracovia"]),
        ("Europe/Athens", ["atenas", "athenes", "athen", "atene", "athina", "greece", "eet", "eest"]),
        ("Europe/Kyiv", ["ukraine"]),
        ("Europe/Moscow", ["moscou", "moscu", "moskau", "moskva", "mosca", "moskwa", "russia", "st petersburg", "saint petersburg", "msk"]),
        ("Europe/Istanbul", ["ankara", "turkiye"]),
        ("Asia/Kolkata", ["nueva delhi", "new delhi india", "india", "mumbai", "bombay", "delhi", "new delhi", "bangalore", "bengaluru", "chennai",
            "hyderabad", "pune", "ist"]),
        ("Asia/Karachi", ["lahore", "islamabad"]),
        ("Asia/Shanghai", ["china", "beijing", "peking", "pekin", "pequim", "pechino", "shenzhen", "guangzhou"]),
        ("Asia/Hong_Kong", ["hk"]),
        ("Asia/Tokyo", ["tokio", "toquio", "japan", "osaka", "kyoto", "jst"]),
        ("Asia/Seoul", ["korea", "south korea", "busan", "kst"]),
        ("Asia/Ho_Chi_Minh", ["hanoi", "ho chi minh city", "hcmc", "vietnam"]),
        ("Asia/Dubai", ["uae", "abu dhabi"]),
        ("Asia/Jakarta", ["indonesia"]),
        ("Asia/Makassar", ["bali"]),
        ("Asia/Kuala_Lumpur", ["malaysia"]),
        ("Asia/Almaty", ["kazakhstan", "astana"]),
        ("Asia/Tashkent", ["uzbekistan"]),
        ("Australia/Sydney", ["aest", "aedt"]),
        ("Australia/Brisbane", ["gold coast"]),
        ("Australia/Adelaide", ["acst", "acdt"]),
        ("Australia/Perth", ["awst"]),
        ("Pacific/Auckland", ["new zealand", "wellington", "nzst", "nzdt"]),
        ("Pacific/Apia", ["samoa"]),
        ("Africa/Johannesburg", ["cape town", "durban", "pretoria"]),
        ("Africa/Lagos", ["abuja"]),
        ("Africa/Casablanca", ["marrakech", "marrakesh"]));

    private static Dictionary<string, string> Build(params (string ZoneId, string[] Names)[] groups)
    {
        var byName = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var (zoneId, names) in groups)
        {
            foreach (var name in names)
            {
                byName.Add(name, zoneId);
            }
        }
        return byName;
    }
}
