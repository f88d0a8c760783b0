using System.Globalization;

namespace HipBot.Core.Setup.Parsing;

/// <summary>
/// Reads "N times a week, any days" as a weekly target: a count and a word that leaves the days open ("any", "whichever",
/// "flexible"). Without one, "3 days a week" stays a fixed schedule for <see cref="TrainingDaysAnswer"/>.
/// </summary>
public static class WeeklyTargetAnswer
{
    private static readonly HashSet<string> OpenDays = new(StringComparer.Ordinal)
    {
        "any", "anyday", "anydays", "whichever", "whatever", "flexible", "flex", "varies", "vary",
    };

    private static readonly Dictionary<string, int> Counts = new(StringComparer.Ordinal)
    {
        ["once"] = 1, ["one"] = 1, ["twice"] = 2, ["two"] = 2, ["three"] = 3, ["thrice"] = 3, ["four"] = 4, ["five"] = 5,
        ["six"] = 6, ["seven"] = 7,
    };

    /// <returns>The sessions a week, 1 to 7; null when the text does not ask for any days.</returns>
    public static int? Parse(string text)
    {
        var words = AnswerText.Words(SplitDigits(AnswerText.Fold(text)));
        if (!words.Any(OpenDays.Contains))
        {
            return null;
        }
        int? count = null;
        foreach (var word in words)
        {
            if (int.TryParse(word, NumberStyles.None, CultureInfo.InvariantCulture, out var number) || Counts.TryGetValue(word, out number))
            {
                if (count is not null)
                {
                    return null;
                }
                count = number;
            }
        }
        return count is >= 1 and <= 7 ? count : null;
    }

    /// <summary>"3x" → "3 x", so the count stands alone.</summary>
    private static string SplitDigits(string folded) =>
        string.Concat(folded.Select((c, i) => i > 0 && char.IsAsciiDigit(c) != char.IsAsciiDigit(folded[i - 1]) && c != ' ' && folded[i - 1] != ' ' ? " " + c : c.ToString()));
}
