using System.Text;

namespace HipBot.TelegramEmulator.Text;

/// <summary>Telegram's legacy Markdown: *bold*, _italic_, `code`, ```pre``` and [text](url); an unclosed marker is an error.</summary>
internal static class LegacyMarkdownMarkup
{
    public static string Render(string text)
    {
        var plain = new StringBuilder(text.Length);
        var i = 0;
        while (i < text.Length)
        {
            var c = text[i];
            if (c == '\\' && i + 1 < text.Length && "_*`[".Contains(text[i + 1], StringComparison.Ordinal))
            {
                plain.Append(text[i + 1]);
                i += 2;
                continue;
            }

            var marker = c switch
            {
                '`' when text.AsSpan(i).StartsWith("```") => "```",
                '`' or '*' or '_' => c.ToString(),
                _ => null,
            };
            if (marker is not null)
            {
                var end = text.IndexOf(marker, i + marker.Length, StringComparison.Ordinal);
                if (end < 0)
                {
                    throw MessageFormatting.CantParse("Can't find end of the entity starting " + MessageFormatting.At(text, i));
                }

                plain.Append(text, i + marker.Length, end - i - marker.Length);
                i = end + marker.Length;
                continue;
            }

            if (c == '[')
            {
                var close = text.IndexOf(']', i + 1);
                if (close < 0)
                {
                    throw MessageFormatting.CantParse("Can't find end of the entity starting " + MessageFormatting.At(text, i));
                }

                plain.Append(text, i + 1, close - i - 1);
                i = close + 1;
                if (i < text.Length && text[i] == '(')
                {
                    var urlEnd = text.IndexOf(')', i);
                    i = urlEnd < 0 ? text.Length : urlEnd + 1;
                }

                continue;
            }

            plain.Append(c);
            i++;
        }

        return plain.ToString();
    }
}
