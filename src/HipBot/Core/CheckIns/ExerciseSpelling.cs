using System.Collections.Frozen;

namespace HipBot.Core.CheckIns;

/// <summary>
/// Puts right the exercise names runners type in a hurry: a letter or two off ("clamshels", "sqauts", "rasies"), or
/// a space in the wrong place ("clams hells"). A word HipBot knows is never changed, and real words that happen to be a
/// letter away ("squad", "calm", "arise") are left alone, so only a slip of the thumb is read as an exercise.
/// </summary>
internal static class ExerciseSpelling
{
    /// <summary>The words of the exercises' names that are long enough to tell a typo from another word.</summary>
    private static readonly string[] Targets =
    [
        "clamshells", "clamshell", "clams", "shells", "squats", "squat", "raises", "raise",
        "traveling", "travelling", "abductions", "lateral", "walking",
    ];

    /// <summary>Written as one word when said as two: "clams hells", "clam shels", "side legraises".</summary>
    private static readonly FrozenDictionary<string, string[]> Joined = new Dictionary<string, string[]>(StringComparer.Ordinal)
    {
        ["clamshells"] = ["clamshells"],
        ["clamshell"] = ["clamshell"],
        ["sidesquats"] = ["side", "squats"],
        ["legraises"] = ["leg", "raises"],
        ["sideraises"] = ["side", "raises"],
    }.ToFrozenDictionary(StringComparer.Ordinal);

    private static readonly FrozenSet<string> RealWords = new[]
    {
        "squad", "squads", "squash", "claps", "clamp", "clamps", "calm", "calms", "clans", "slams", "clap", "clan",
        "arise", "arises", "praise", "rise", "rises", "raisin", "shelf", "smells", "spells", "swells", "sells", "shell",
        "walkin", "squid", "squats", "squire", "squint", "quota", "quiet", "quite", "quit", "later", "latest", "lateral",
        "traveler", "traveller", "travelers", "travellers", "talking", "waking", "walking", "baking", "taking", "making",
        "raised", "raiser", "raids", "rinse", "races", "ranges", "relies", "rained", "hells", "shells",
    }.ToFrozenSet(StringComparer.Ordinal);

    public static List<Token> Correct(List<Token> tokens)
    {
        List<Token>? corrected = null;
        for (var i = 0; i < tokens.Count; i++)
        {
            var token = tokens[i];
            if (token.Kind != TokenKind.Word)
            {
                corrected?.Add(token);
                continue;
            }
            var known = IsKnown(token.Text);
            if (i + 1 < tokens.Count && tokens[i + 1] is { Kind: TokenKind.Word } next && !(known && IsKnown(next.Text))
                && JoinedName(token.Text, next.Text) is { } words)
            {
                corrected ??= [.. tokens.Take(i)];
                corrected.AddRange(words.Select(w => new Token(TokenKind.Word, w)));
                i++;
                continue;
            }
            if (!known && Joined.TryGetValue(token.Text, out var parts))
            {
                corrected ??= [.. tokens.Take(i)];
                corrected.AddRange(parts.Select(w => new Token(TokenKind.Word, w)));
                continue;
            }
            if (!known && !RealWords.Contains(token.Text) && Nearest(token.Text) is { } target)
            {
                corrected ??= [.. tokens.Take(i)];
                corrected.Add(token with { Text = target });
                continue;
            }
            corrected?.Add(token);
        }
        return corrected ?? tokens;
    }

    /// <summary>Every word the vocabulary reads, in one set: most tokens are known, and one look-up settles them.</summary>
    private static readonly FrozenSet<string> Known = CheckInVocabulary.Words.Keys
        .Concat(CheckInVocabulary.Phrases.Keys)
        .Concat(CheckInVocabulary.NumberWords.Keys)
        .Concat(CheckInVocabulary.Weekdays.Keys)
        .ToFrozenSet(StringComparer.Ordinal);

    private static bool IsKnown(string word) => word.Length < 4 || Known.Contains(word);

    private static string[]? JoinedName(string first, string second)
    {
        // Every split name starts "clam", "side" or "leg": anything else is two ordinary words, and is not joined to check.
        if (first.Length is < 3 or > 6 || first[0] is not ('c' or 's' or 'l') || first.Length + second.Length is < 8 or > 14)
        {
            return null;
        }
        var joined = first + second;
        if (Joined.TryGetValue(joined, out var words))
        {
            return words;
        }
        foreach (var (name, parts) in Joined)
        {
            if (name.Length >= 8 && Distance(joined, name, 1) <= 1)
            {
                return parts;
            }
        }
        return null;
    }

    /// <summary>The exercise word a typo stands for: one edit away, or two for a long word; null when none is close.</summary>
    private static string? Nearest(string word)
    {
        if (word.Length is < 4 or > 12)
        {
            return null;
        }
        foreach (var target in Targets)
        {
            // A slip of the thumb keeps the first letter, or swaps it with the second ("sqauts", "calmshells").
            if (word[0] != target[0] && word[1] != target[0])
            {
                continue;
            }
            var allowed = word.Length >= 8 && target.Length >= 8 ? 2 : 1;
            if (target.Length >= 5 && Math.Abs(target.Length - word.Length) <= allowed && Distance(word, target, allowed) <= allowed)
            {
                return target;
            }
        }
        return null;
    }

    /// <summary>Optimal string alignment distance (an adjacent swap is one edit), giving up once it passes <paramref name="limit"/>.</summary>
    private static int Distance(string a, string b, int limit)
    {
        Span<int> before = stackalloc int[b.Length + 1];
        Span<int> previous = stackalloc int[b.Length + 1];
        Span<int> current = stackalloc int[b.Length + 1];
        for (var j = 0; j <= b.Length; j++)
        {
            previous[j] = j;
        }
        for (var i = 1; i <= a.Length; i++)
        {
            current[0] = i;
            var best = current[0];
            for (var j = 1; j <= b.Length; j++)
            {
                var cost = a[i - 1] == b[j - 1] ? 0 : 1;
                var value = Math.Min(Math.Min(previous[j] + 1, current[j - 1] + 1), previous[j - 1] + cost);
                if (i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1])
                {
                    value = Math.Min(value, before[j - 2] + 1);
                }
                current[j] = value;
                best = Math.Min(best, value);
            }
            if (best > limit)
            {
                return limit + 1;
            }
            var spare = before;
            before = previous;
            previous = current;
            current = spare;
        }
        return previous[b.Length];
    }
}
