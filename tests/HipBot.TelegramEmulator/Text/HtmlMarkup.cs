using System.Globalization;
using System.Text;

namespace HipBot.TelegramEmulator.Text;

/// <summary>Telegram's HTML subset: a fixed set of tags that must nest properly, and only &amp;lt; &amp;gt; &amp;amp; &amp;quot; and numeric entities.</summary>
internal static class HtmlMarkup
{
    private static readonly HashSet<string> Tags =
    [
        "b", "strong", "i", "em", "u", "ins", "s", "strike", "del", "span", "tg-spoiler", "a", "code", "pre", "blockquote", "tg-emoji",
    ];

    public static string Render(string text)
    {
        var plain = new StringBuilder(text.Length);
        var open = new Stack<string>();
        var i = 0;
        while (i < text.Length)
        {
            var c = text[i];
            if (c == '<')
            {
                var close = text.IndexOf('>', i);
                if (close < 0)
                {
                    throw MessageFormatting.CantParse("Unclosed start tag " + MessageFormatting.At(text, i));
                }

                var tag = text[(i + 1)..close];
                if (tag.StartsWith('/'))
                {
                    var name = tag[1..].Trim().ToLowerInvariant();
                    if (open.Count == 0)
                    {
                        throw MessageFormatting.CantParse("Unexpected end tag " + MessageFormatting.At(text, i));
                    }

                    if (open.Peek() != name)
                    {
                        throw MessageFormatting.CantParse(
                            $"Unmatched end tag {MessageFormatting.At(text, i)}, expected \"</{open.Peek()}>\", found \"</{name}>\"");
                    }

                    open.Pop();
                }
                else
                {
                    var name = new string(tag.TakeWhile(ch => !char.IsWhiteSpace(ch) && ch != '/').ToArray()).ToLowerInvariant();
                    if (!Tags.Contains(name))
                    {
                        throw MessageFormatting.CantParse($"Unsupported start tag \"{name}\" {MessageFormatting.At(text, i)}");
                    }

                    open.Push(name);
                }

                i = close + 1;
            }
            else if (c == '&' && TryDecodeEntity(text, i, out var decoded, out var length))
            {
                plain.Append(decoded);
                i += length;
            }
            else
            {
                plain.Append(c);
                i++;
            }
        }

        if (open.Count > 0)
        {
            throw MessageFormatting.CantParse($"Can't find end tag corresponding to start tag \"{open.Peek()}\"");
        }

        return plain.ToString();
    }

    private static bool TryDecodeEntity(string text, int start, out string decoded, out int length)
    {
        decoded = "";
        length = 0;
        var end = text.IndexOf(';', start);
        if (end < 0 || end - start > 10)
        {
            return false;
        }

        var name = text[(start + 1)..end];
        decoded = name switch
        {
            "lt" => "<",
            "gt" => ">",
            "amp" => "&",
            "quot" => "\"",
            ['#', 'x' or 'X', .. var hex] when int.TryParse(hex, NumberStyles.HexNumber, CultureInfo.InvariantCulture, out var code) => char.ConvertFromUtf32(code),
            ['#', .. var dec] when int.TryParse(dec, NumberStyles.None, CultureInfo.InvariantCulture, out var code) => char.ConvertFromUtf32(code),
            _ => "",
        };
        length = end - start + 1;
        return decoded.Length > 0;
    }
}
