namespace HipBot.Core.Setup.Parsing;

/// <summary>Reads a yes/no answer, worded for "do you have a resistance band?": "got one", "not yet", "👍".</summary>
public static class YesNoAnswer
{
    private static readonly HashSet<string> Yes = new(StringComparer.Ordinal)
    {
        "yes", "y", "ye", "yep", "yup", "yeah", "yeh", "yea", "ya", "yah", "yas", "aye", "sure",
        "absolutely", "definitely", "indeed", "correct", "affirmative", "certainly", "ofc", "course", "totally",
    };

    private static readonly HashSet<string> No = new(StringComparer.Ordinal)
    {
        "no", "n", "nope", "nah", "nay", "negative", "never", "none", "not", "dont", "doesnt", "havent", "hasnt",
        "aint", "nothing", "without", "cant", "nop",
    };

    /// <summary>Owning words are a yes only while nothing negates them: "I have one" but "I have not got one".</summary>
    private static readonly HashSet<string> Have = new(StringComparer.Ordinal)
    {
        "have", "got", "own", "ive", "has", "owns",
    };

    private static readonly string[] YesEmoji = ["👍", "✅", "✔", "☑", "👌", "🙋"];

    private static readonly string[] NoEmoji = ["👎", "❌", "✖", "🚫", "🙅"];

    /// <returns>True for yes, false for no, null when the text says neither.</returns>
    public static bool? Parse(string text)
    {
        var words = AnswerText.Words(AnswerText.Fold(text)).Select(Known).ToArray();
        return FromWords(words) ?? (words.Length == 0 ? FromEmoji(text) : null);
    }

    private static bool? FromWords(string[] words)
    {
        if (words.Length == 0)
        {
            return null;
        }
        // An opening "yes" or "no" decides: "yes but it's not mine", "no, ordering one".
        if (Yes.Contains(words[0]))
        {
            return true;
        }
        if (No.Contains(words[0]))
        {
            return false;
        }
        // Past the first word a lone letter is noise ("%s%n"), not a "y" or an "n".
        var rest = words.Where(w => w.Length > 1).ToList();
        if (rest.Any(No.Contains))
        {
            return false;
        }
        // "I do" answers "do you have one?"; a lone "do" elsewhere ("what do you mean") does not.
        return words is [.., "i", "do"] || rest.Any(w => Yes.Contains(w) || Have.Contains(w)) ? true : null;
    }

    private static bool? FromEmoji(string? text)
    {
        if (text is null || text.Length > AnswerText.MaxLength)
        {
            return null;
        }
        var yes = YesEmoji.Any(e => text.Contains(e, StringComparison.Ordinal));
        var no = NoEmoji.Any(e => text.Contains(e, StringComparison.Ordinal));
        return yes == no ? null : yes;
    }

    /// <summary>Undoes stretching ("yesss" → "yes", "nooo" → "no") without mangling real words like "correct".</summary>
    private static string Known(string word)
    {
        if (Yes.Contains(word) || No.Contains(word) || Have.Contains(word))
        {
            return word;
        }
        var squeezed = new char[word.Length];
        var length = 0;
        foreach (var c in word)
        {
            if (length == 0 || squeezed[length - 1] != c)
            {
                squeezed[length++] = c;
            }
        }
        return new string(squeezed, 0, length);
    }
}
