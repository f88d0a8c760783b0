using System.Text;

namespace HipBot.TelegramEmulator.Text;

/// <summary>
/// Telegram's MarkdownV2: formatting markers must be closed, and every other reserved character must be escaped with '\'.
/// Nesting rules are checked only loosely (markers toggle); escaping is checked exactly, because that is what bots get wrong.
/// </summary>
internal static class MarkdownV2Markup
{
    private const string Reserved = "_*[]()~`>#+-=|{}.!";

    public static string Render(string text)
    {
        var plain = new StringBuilder(text.Length);
        var open = new Dictionary<string, int>();
        var linkStart = -1;
        var i = 0;
        while (i < text.Length)
        {
            var c = text[i];
            if (c == '\\' && i + 1 < text.Length)
            {
                plain.Append(text[i + 1]);
                i += 2;
                continue;
            }

            if (c == '`')
            {
                var marker = text.AsSpan(i).StartsWith("```") ? "```" : "`";
                var end = FindUnescaped(text, marker, i + marker.Length);
                if (end < 0)
                {
                    throw MessageFormatting.CantParse($"Can't find end of {(marker == "`" ? "Code" : "Pre")} entity {MessageFormatting.At(text, i)}");
                }

                var body = text[(i + marker.Length)..end];
                if (marker == "```" && body.IndexOf('\n', StringComparison.Ordinal) is var newline and >= 0 && !body[..newline].Contains(' ', StringComparison.Ordinal))
                {
                    body = body[(newline + 1)..]; // the first line names the language
                }

                plain.Append(Unescape(body));
                i = end + marker.Length;
                continue;
            }

            var toggle = c switch
            {
                '*' => "*",
                '_' when At(text, i + 1) == '_' => "__",
                '_' => "_",
                '~' => "~",
                '|' when At(text, i + 1) == '|' => "||",
                _ => null,
            };
            if (toggle is not null)
            {
                if (!open.Remove(toggle))
                {
                    open[toggle] = i;
                }

                i += toggle.Length;
                continue;
            }

            if (c == '[' && linkStart < 0)
            {
                linkStart = i;
                i++;
                continue;
            }

            if (c == ']' && linkStart >= 0 && At(text, i + 1) == '(')
            {
                var close = FindUnescaped(text, ")", i + 2);
                if (close < 0)
                {
                    throw MessageFormatting.CantParse("Can't find end of a URL " + MessageFormatting.At(text, i + 1));
                }

                linkStart = -1;
                i = close + 1;
                continue;
            }

            if (c == '>' && (i == 0 || text[i - 1] == '\n'))
            {
                i++; // a block quote line
                continue;
            }

            if (Reserved.Contains(c, StringComparison.Ordinal))
            {
                throw MessageFormatting.CantParse($"Character '{c}' is reserved and must be escaped with the preceding '\\'");
            }

            plain.Append(c);
            i++;
        }

        if (linkStart >= 0)
        {
            throw MessageFormatting.CantParse("Can't find end of a URL " + MessageFormatting.At(text, linkStart));
        }

        if (open.Count > 0)
        {
            var (marker, start) = open.MinBy(o => o.Value);
            throw MessageFormatting.CantParse($"Can't find end of {Name(marker)} entity {MessageFormatting.At(text, start)}");
        }

        return plain.ToString();
    }

    private static char At(string text, int index) => index < text.Length ? text[index] : '\0';

    private static int FindUnescaped(string text, string marker, int from)
    {
        for (var i = from; i <= text.Length - marker.Length; i++)
        {
            if (text[i] == '\\')
            {
                i++;
            }
            else if (text.AsSpan(i).StartsWith(marker))
            {
                return i;
            }
        }

        return -1;
    }

    private static string Unescape(string text)
    {
        var plain = new StringBuilder(text.Length);
        for (var i = 0; i < text.Length; i++)
        {
            plain.Append(text[i] == '\\' && i + 1 < text.Length ? text[++i] : text[i]);
        }

        return plain.ToString();
    }

    private static string Name(string marker) => marker switch
    {
        "*" => "Bold",
        "_" => "Italic",
        "__" => "Underline",
        "~" => "Strikethrough",
        _ => "Spoiler",
    };
}
