using System.Text;

namespace HipBot.Core.CheckIns;

/// <summary>
/// Splits a message into words and numbers. Letters and digits split each other, so "3x20" and "2x20left" come apart
/// without special cases; the emoji runners use to check in become the words they stand for.
/// </summary>
internal static class CheckInTokenizer
{
    /// <summary>More tokens than any check-in needs; the rest of a long message is not read.</summary>
    public const int MaxTokens = 120;

    /// <summary>Numbers are capped here: anything this big is not a count, and the cap keeps arithmetic safe.</summary>
    public const int HugeNumber = 1_000_000;

    public static List<Token> Tokenize(string text)
    {
        var tokens = new List<Token>();
        var word = new StringBuilder();
        var number = -1;
        // A clock time or a decimal ("6:30", "21.1", "5:30/km") is one measure, never two counts.
        var measure = false;
        // A ':' or '.' just after digits, kept until the next character shows whether a measure goes on.
        Rune? held = null;

        void Flush()
        {
            if (word.Length > 0)
            {
                var text = word.ToString();
                tokens.Add(text == "x" ? new Token(TokenKind.Times, text) : new Token(TokenKind.Word, text));
                word.Clear();
            }
            if (number >= 0)
            {
                tokens.Add(measure ? new Token(TokenKind.Measure, Value: number) : new Token(TokenKind.Number, Value: number));
                number = -1;
                measure = false;
            }
        }

        void Add(Token token)
        {
            Flush();
            var isRepeatedBreak = token.Kind == TokenKind.Break && tokens.Count > 0 && tokens[^1].Kind == TokenKind.Break;
            if (!isRepeatedBreak)
            {
                tokens.Add(token);
            }
        }

        foreach (var rune in text.EnumerateRunes())
        {
            if (tokens.Count >= MaxTokens)
            {
                break;
            }
            var isDigit = rune.IsAscii && char.IsAsciiDigit((char)rune.Value);
            if (held is { } separator)
            {
                held = null;
                if (isDigit)
                {
                    measure = true;
                    continue;
                }
                if (separator.Value == '.')
                {
                    Add(new Token(TokenKind.Break));
                }
                else
                {
                    Flush();
                }
            }
            if (number >= 0 && rune.Value is ':' or '.')
            {
                held = rune;
                continue;
            }
            if (Rune.IsLetter(rune))
            {
                if (number >= 0)
                {
                    Flush();
                }
                word.Append(Rune.ToLowerInvariant(rune).ToString());
                continue;
            }
            if (isDigit)
            {
                if (word.Length > 0)
                {
                    Flush();
                }
                if (!measure)
                {
                    // A measure keeps its whole part: "21.1 km" is about 21 km, and what matters is that it is a distance.
                    number = (int)Math.Min(HugeNumber, ((long)Math.Max(number, 0) * 10) + (rune.Value - '0'));
                }
                continue;
            }
            if (word.Length > 0 && IsApostrophe(rune))
            {
                // "didn't" reads as "didnt": one word, the way the vocabulary lists it.
                continue;
            }
            switch (rune.Value)
            {
                case '×' or '*' or '✕' or '✖':
                    Add(new Token(TokenKind.Times, "x"));
                    break;
                case '+' or '&':
                    Add(new Token(TokenKind.Word, "and"));
                    break;
                case '/':
                    // "2/3" is two sets out of three; elsewhere a slash just separates words.
                    Flush();
                    if (tokens.Count > 0 && tokens[^1].Kind == TokenKind.Number)
                    {
                        tokens.Add(new Token(TokenKind.Word, CheckInVocabulary.OutOfMarker));
                    }
                    break;
                case '?':
                    Add(new Token(TokenKind.Question));
                    break;
                case ',' or ';' or '.' or '!' or '\n' or '\r' or '(' or ')' or '|' or '…':
                    Add(new Token(TokenKind.Break));
                    break;
                case 0x2705 or 0x2714 or 0x2611 or 0x2713 or 0x1F44D or 0x1F4AA or 0x1F44C or 0x1F64C or 0x1F389 or 0x1F3C1:
                    // ✅ ✔ ☑ ✓ 👍 💪 👌 🙌 🎉 🏁
                    Add(new Token(TokenKind.Word, "done"));
                    break;
                case 0x1F64F:
                    // 🙏
                    Add(new Token(TokenKind.Word, "thanks"));
                    break;
                case 0x1F44B:
                    // 👋
                    Add(new Token(TokenKind.Word, "hi"));
                    break;
                case 0x1F642 or 0x1F600 or 0x1F60A or 0x1F604 or 0x1F601 or 0x1F605 or 0x1F917 or 0x2764 or 0x1F602 or 0x1F923:
                    // 🙂 😀 😊 😄 😁 😅 🤗 ❤ 😂 🤣: friendly noise, small talk unless the message says more.
                    Add(new Token(TokenKind.Word, CheckInVocabulary.SmileMarker));
                    break;
                case 0x274C or 0x23ED or 0x1F44E or 0x1F634 or 0x1F4A4:
                    // ❌ ⏭ 👎 😴 💤
                    Add(new Token(TokenKind.Word, "skip"));
                    break;
                case 0x23F0 or 0x23F3:
                    // ⏰ ⏳
                    Add(new Token(TokenKind.Word, "later"));
                    break;
                default:
                    // Spaces, hyphens, colons, other emoji and their modifiers all just separate words.
                    Flush();
                    break;
            }
        }
        if (held is { Value: '.' } && tokens.Count < MaxTokens)
        {
            Add(new Token(TokenKind.Break));
        }
        Flush();
        return tokens;
    }

    private static bool IsApostrophe(Rune rune) => rune.Value is '\'' or '’' or 'ʼ' or '`' or '‘';
}
