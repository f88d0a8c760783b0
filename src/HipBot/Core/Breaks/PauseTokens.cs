using System.Text;

namespace HipBot.Core.Breaks;

/// <summary>Cuts a pause answer into the few words that carry its meaning.</summary>
internal static class PauseTokens
{
    // Words people wrap around a length ("pause for a couple of weeks please", "I'll be back next monday").
    private static readonly HashSet<string> Filler = new(StringComparer.Ordinal)
    {
        "pause", "paused", "pausing", "break", "take", "off", "stop", "hold", "reminders",
        "for", "until", "till", "til", "untill", "to", "the", "of", "on", "in", "from", "now", "next", "and",
        "please", "pls", "plz", "thanks", "thank", "you", "ok", "okay", "yes", "yeah", "sure",
        "about", "around", "roughly", "approx", "approximately", "maybe", "just", "only", "like",
        "me", "it", "i", "im", "m", "ll", "s", "be", "back", "will", "lets", "let", "see",
    };

    private static readonly HashSet<string> Ordinals = new(StringComparer.Ordinal) { "st", "nd", "rd", "th" };

    public static List<string> Meaningful(string text)
    {
        var raw = Split(text);
        var kept = new List<string>(raw.Count);
        for (var i = 0; i < raw.Count; i++)
        {
            var token = raw[i];
            var previous = i > 0 ? raw[i - 1] : null;
            var next = i + 1 < raw.Count ? raw[i + 1] : null;
            if (token == "-")
            {
                // "-5 days" is a length backwards, not 5 days; a dash before a word is only punctuation.
                if (next is not null && char.IsAsciiDigit(next[0]))
                {
                    kept.Add("-" + next);
                    i++;
                }
                continue;
            }
            if (Filler.Contains(token)
                || (Ordinals.Contains(token) && previous is not null && char.IsAsciiDigit(previous[^1]))
                // "a"/"an" only count as "one" in front of a unit: "a week", not "take a break".
                || (token is "a" or "an" && (next is null || !IsUnit(raw, i + 1))))
            {
                continue;
            }
            kept.Add(token);
        }
        return kept;
    }

    // "a couple of weeks" drops the "a": "couple" is the number there.
    private static bool IsUnit(List<string> raw, int index) =>
        index < raw.Count && raw[index] is "d" or "day" or "days" or "w" or "wk" or "wks" or "week" or "weeks"
            or "fortnight" or "fortnights" or "mo" or "mos" or "mth" or "mths" or "month" or "months";

    /// <summary>
    /// Lower-case words and numbers; a letter-digit boundary splits ("10d", "3rd"), a dot or slash between digits does not
    /// ("25/12"). A minus sign that is not between two words or numbers ("-5", "− 5") is a token of its own.
    /// </summary>
    private static List<string> Split(string text)
    {
        var tokens = new List<string>();
        var current = new StringBuilder();
        char? kind = null;
        for (var i = 0; i < text.Length; i++)
        {
            var c = char.ToLowerInvariant(text[i]);
            char? thisKind = c switch
            {
                _ when char.IsAsciiLetterLower(c) => 'a',
                _ when char.IsAsciiDigit(c) => '9',
                '/' or '.' when kind == '9' && i + 1 < text.Length && char.IsAsciiDigit(text[i + 1]) => '9',
                '-' or '\u2212' or '\u2010' or '\u2011' or '\u2012' or '\u2013' or '\u2014' when kind is null or '-' => '-',
                _ => null,
            };
            if (thisKind != kind && current.Length > 0)
            {
                tokens.Add(current.ToString());
                current.Clear();
            }
            if (thisKind == '-')
            {
                c = '-';
            }
            if (thisKind is not null)
            {
                current.Append(c);
            }
            kind = thisKind;
        }
        if (current.Length > 0)
        {
            tokens.Add(current.ToString());
        }
        return tokens;
    }
}
