using System.Globalization;
using System.Text;

namespace HipBot.Core.Setup.Parsing;

/// <summary>Folds a typed answer into a plain lowercase form the answer parsers can match against.</summary>
internal static class AnswerText
{
    /// <summary>No real answer is longer; refusing longer text keeps every parser cheap on hostile input.</summary>
    internal const int MaxLength = 200;

    /// <summary>
    /// Lowercases, strips accents ("São" → "sao"), drops apostrophes ("don't" → "dont") and turns every other
    /// character that is not a letter, an ASCII digit or one of <paramref name="keep"/> into a single space.
    /// Dash look-alikes become '-'. Returns "" for blank or overlong text.
    /// </summary>
    internal static string Fold(string? text, string keep = "")
    {
        var trimmed = text?.Trim();
        if (string.IsNullOrEmpty(trimmed) || trimmed.Length > MaxLength)
        {
            return "";
        }

        var folded = new StringBuilder(trimmed.Length);
        foreach (var raw in trimmed)
        {
            // Combining marks arrive from keyboards that send "a" + U+0303 rather than "ã".
            if (raw is '\'' or '\u2019' or '\u2018' or '`' or '\u02BC'
                || CharUnicodeInfo.GetUnicodeCategory(raw) == UnicodeCategory.NonSpacingMark)
            {
                continue;
            }
            var c = raw is '\u2010' or '\u2011' or '\u2012' or '\u2013' or '\u2014' or '\u2212' ? '-' : LatinLetters.Plain(raw);
            if (char.IsLetter(c) || char.IsAsciiDigit(c) || keep.Contains(c, StringComparison.Ordinal))
            {
                folded.Append(char.ToLowerInvariant(c));
            }
            else if (folded.Length > 0 && folded[^1] != ' ')
            {
                folded.Append(' ');
            }
        }
        return folded.ToString().TrimEnd();
    }

    /// <summary>Splits folded text into words.</summary>
    internal static string[] Words(string folded) =>
        folded.Split(' ', StringSplitOptions.RemoveEmptyEntries);
}
