using NodaTime;

namespace HipBot.Core.ReEngagement;

/// <summary>One wording of a message. Keys are unique across all rungs so "the last key" is enough to avoid a repeat.</summary>
internal sealed record TextVariant(string Key, string Text)
{
    /// <summary>
    /// Picks by date so the choice is reproducible (tests, retries after a crash), then steps past the
    /// last key so the same words never come twice in a row.
    /// </summary>
    public static TextVariant Pick(IReadOnlyList<TextVariant> variants, LocalDate today, string? lastKey)
    {
        var index = today.ToDateOnly().DayNumber % variants.Count;
        if (string.Equals(variants[index].Key, lastKey, StringComparison.Ordinal))
        {
            index = (index + 1) % variants.Count;
        }
        return variants[index];
    }
}
