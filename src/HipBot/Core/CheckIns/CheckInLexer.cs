namespace HipBot.Core.CheckIns;

/// <summary>Turns tokens into lexemes: number words into numbers, known phrases and words into their meaning.</summary>
internal static class CheckInLexer
{
    private static readonly Token EndOfMessage = new(TokenKind.Break);

    public static List<Lexeme> Lex(List<Token> tokens)
    {
        var merged = MergeNumbers(ExerciseSpelling.Correct(tokens));
        var lexemes = new List<Lexeme>(merged.Count);
        for (var i = 0; i < merged.Count; i++)
        {
            var token = merged[i];
            switch (token.Kind)
            {
                case TokenKind.Number:
                    lexemes.Add(new Lexeme(LexKind.Number, token.Value));
                    break;
                case TokenKind.Times:
                    lexemes.Add(Lexeme.Of(LexKind.Times));
                    break;
                case TokenKind.Measure:
                    lexemes.Add(Lexeme.Of(LexKind.Measure));
                    break;
                case TokenKind.DaysBack:
                    lexemes.Add(new Lexeme(LexKind.DayBack, token.Value));
                    break;
                case TokenKind.Break:
                    lexemes.Add(Lexeme.Of(LexKind.Break));
                    break;
                case TokenKind.Question:
                    lexemes.Add(Lexeme.Of(LexKind.Question));
                    break;
                default:
                    if (MatchPhrase(merged, i) is { } phrase)
                    {
                        lexemes.Add(phrase.Meaning);
                        i += phrase.Length - 1;
                    }
                    else
                    {
                        lexemes.Add(LookUp(token.Text));
                    }
                    break;
            }
        }
        DropAllThree(lexemes);
        return lexemes;
    }

    /// <summary>"twenty five" → 25, "a set" → 1 set, "3 by 20" → 3 x 20.</summary>
    private static List<Token> MergeNumbers(List<Token> tokens)
    {
        var merged = new List<Token>(tokens.Count);
        for (var i = 0; i < tokens.Count; i++)
        {
            var token = tokens[i];
            var next = i + 1 < tokens.Count ? tokens[i + 1] : EndOfMessage;
            var afterNext = i + 2 < tokens.Count ? tokens[i + 2] : EndOfMessage;
            if (token.Kind == TokenKind.Number && next.Kind == TokenKind.Word && CheckInVocabulary.OrdinalSuffixes.Contains(next.Text))
            {
                // "2nd set done" is one more set; "the 3rd" on its own is a date, not a count.
                if (afterNext.Kind == TokenKind.Word && afterNext.Text is "set" or "round")
                {
                    merged.Add(new Token(TokenKind.Number, Value: 1));
                }
                i++;
                continue;
            }
            if (token.Kind == TokenKind.Number && DaysAgo(token.Value, next, afterNext) is { } back)
            {
                // "3 days ago", "2 weeks ago": when, not how much.
                merged.Add(new Token(TokenKind.DaysBack, Value: back));
                i += 2;
                continue;
            }
            if (token.Kind != TokenKind.Word)
            {
                merged.Add(token);
                continue;
            }
            if (token.Text is "a" or "an" && DaysAgo(1, next, afterNext) is { } oneBack)
            {
                merged.Add(new Token(TokenKind.DaysBack, Value: oneBack));
                i += 2;
                continue;
            }
            if (CheckInVocabulary.OneMore.Contains(token.Text) && next.Kind == TokenKind.Word && next.Text is "set" or "round")
            {
                merged.Add(new Token(TokenKind.Number, Value: 1));
                continue;
            }
            var previousIsNumber = merged.Count > 0 && merged[^1].Kind == TokenKind.Number;
            if (previousIsNumber && token.Text == "out" && next.Kind == TokenKind.Word && next.Text == "of" && afterNext.Kind == TokenKind.Number)
            {
                merged.Add(new Token(TokenKind.Word, CheckInVocabulary.OutOfMarker));
                i++;
                continue;
            }
            if (previousIsNumber && token.Text == "of" && next.Kind == TokenKind.Number)
            {
                merged.Add(new Token(TokenKind.Word, CheckInVocabulary.OutOfMarker));
                continue;
            }
            if (CheckInVocabulary.NumberWords.TryGetValue(token.Text, out var value))
            {
                if (value is >= 20 and <= 90 && value % 10 == 0 && next.Kind == TokenKind.Word
                    && CheckInVocabulary.NumberWords.TryGetValue(next.Text, out var units) && units is >= 1 and <= 9)
                {
                    value += units;
                    i++;
                    next = i + 1 < tokens.Count ? tokens[i + 1] : EndOfMessage;
                    afterNext = i + 2 < tokens.Count ? tokens[i + 2] : EndOfMessage;
                }
                if (DaysAgo(value, next, afterNext) is { } wordsBack)
                {
                    merged.Add(new Token(TokenKind.DaysBack, Value: wordsBack));
                    i += 2;
                    continue;
                }
                merged.Add(new Token(TokenKind.Number, Value: value));
                continue;
            }
            if (token.Text is "a" or "an" && next.Kind == TokenKind.Word && next.Text is "set" or "round")
            {
                merged.Add(new Token(TokenKind.Number, Value: 1));
                continue;
            }
            var numberFollows = next.Kind == TokenKind.Number || (next.Kind == TokenKind.Word && CheckInVocabulary.NumberWords.ContainsKey(next.Text));
            var setsBefore = merged.Count > 1 && merged[^1] is { Kind: TokenKind.Word, Text: "sets" or "set" or "rounds" } && merged[^2].Kind == TokenKind.Number;
            if (token.Text == "by" && (previousIsNumber || setsBefore) && numberFollows)
            {
                merged.Add(new Token(TokenKind.Times, "x"));
                continue;
            }
            merged.Add(token);
        }
        return merged;
    }

    /// <summary>Days back for "N days ago" or "N weeks ago"; null when the words after the number are not that.</summary>
    private static int? DaysAgo(int count, Token unit, Token ago)
    {
        if (ago.Kind != TokenKind.Word || ago.Text is not ("ago" or "back") || unit.Kind != TokenKind.Word)
        {
            return null;
        }
        return unit.Text switch
        {
            "day" or "days" or "d" => count,
            "week" or "weeks" or "wk" or "wks" => count * 7,
            _ => null,
        };
    }

    private static (Lexeme Meaning, int Length)? MatchPhrase(List<Token> tokens, int start)
    {
        if (!CheckInVocabulary.Phrases.TryGetValue(tokens[start].Text, out var candidates))
        {
            return null;
        }
        foreach (var (words, meaning) in candidates)
        {
            if (start + words.Length > tokens.Count)
            {
                continue;
            }
            var matches = true;
            for (var k = 1; k < words.Length && matches; k++)
            {
                var token = tokens[start + k];
                matches = token.Kind == TokenKind.Word && string.Equals(token.Text, words[k], StringComparison.Ordinal);
            }
            if (matches)
            {
                return (meaning, words.Length);
            }
        }
        return null;
    }

    /// <summary>A word's meaning; "yesss", "doneee" and "nooo" mean what they stretch.</summary>
    private static Lexeme LookUp(string word)
    {
        if (CheckInVocabulary.Words.TryGetValue(word, out var meaning))
        {
            return meaning;
        }
        if (CheckInVocabulary.Weekdays.TryGetValue(word, out var weekday))
        {
            return new Lexeme(LexKind.Weekday, (int)weekday);
        }
        var squeezed = Squeeze(word, 3);
        if (CheckInVocabulary.Words.TryGetValue(squeezed, out meaning))
        {
            return meaning;
        }
        return CheckInVocabulary.Words.GetValueOrDefault(Squeeze(squeezed, 2), Lexeme.Of(LexKind.Unknown));
    }

    /// <summary>Collapses every run of at least <paramref name="run"/> equal letters to one.</summary>
    private static string Squeeze(string word, int run)
    {
        var text = new System.Text.StringBuilder(word.Length);
        for (var i = 0; i < word.Length;)
        {
            var end = i;
            while (end < word.Length && word[end] == word[i])
            {
                end++;
            }
            text.Append(word[i], end - i >= run ? 1 : end - i);
            i = end;
        }
        return text.ToString();
    }

    /// <summary>"all three done" names the three exercises; it is not three sets.</summary>
    private static void DropAllThree(List<Lexeme> lexemes)
    {
        for (var i = lexemes.Count - 2; i >= 0; i--)
        {
            var isAllThree = lexemes[i].Kind == LexKind.All && lexemes[i + 1] is { Kind: LexKind.Number, Value: 3 };
            var countFollows = i + 2 < lexemes.Count && lexemes[i + 2].Kind is LexKind.Times or LexKind.Sets or LexKind.Reps;
            if (isAllThree && !countFollows)
            {
                lexemes.RemoveAt(i + 1);
            }
        }
    }
}
