using System.Globalization;
using System.Text;
using HipBot.TelegramEmulator.Wire;

namespace HipBot.TelegramEmulator.Text;

/// <summary>
/// Renders parse_mode markup to the plain text a user sees, rejecting markup Telegram would reject. Getting this wrong
/// (an unescaped '.' in MarkdownV2, a stray '&lt;' in HTML) is a classic production-only bot failure, so the emulator
/// fails the same way.
/// </summary>
internal static class MessageFormatting
{
    public static string Render(string text, string? parseMode) => parseMode switch
    {
        null or "" => text,
        _ when parseMode.Equals("HTML", StringComparison.OrdinalIgnoreCase) => HtmlMarkup.Render(text),
        _ when parseMode.Equals("MarkdownV2", StringComparison.OrdinalIgnoreCase) => MarkdownV2Markup.Render(text),
        _ when parseMode.Equals("Markdown", StringComparison.OrdinalIgnoreCase) => LegacyMarkdownMarkup.Render(text),
        _ => throw BotApiError.BadRequest("unsupported parse_mode"),
    };

    internal static BotApiError CantParse(string detail) => BotApiError.BadRequest("can't parse entities: " + detail);

    internal static int ByteOffset(string text, int index) => Encoding.UTF8.GetByteCount(text.AsSpan(0, index));

    internal static string At(string text, int index) =>
        "at byte offset " + ByteOffset(text, index).ToString(CultureInfo.InvariantCulture);
}
