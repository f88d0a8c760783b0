using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using HipBot.TelegramEmulator.Wire;

namespace HipBot.TelegramEmulator.Text;

/// <summary>A validated reply_markup: the inline keyboard Telegram echoes in messages, or a reply keyboard it does not.</summary>
internal sealed record ReplyMarkup(
    JsonObject? InlineKeyboard,
    IReadOnlyList<IReadOnlyList<InlineButton>> Buttons,
    IReadOnlyList<IReadOnlyList<string>> ReplyKeyboard)
{
    public static readonly ReplyMarkup None = new(null, [], []);

    public string InlineKeyboardJson => InlineKeyboard?.ToJsonString() ?? "";

    public static ReplyMarkup Parse(JsonNode? markup, bool inlineOnly)
    {
        if (markup is null)
        {
            return None;
        }

        if (markup is not JsonObject fields)
        {
            throw BotApiError.BadRequest("can't parse reply keyboard markup JSON object");
        }

        if (fields["inline_keyboard"] is { } inline)
        {
            return ParseInline(inline);
        }

        if (inlineOnly)
        {
            throw BotApiError.BadRequest("object expected as reply markup");
        }

        if (fields["keyboard"] is JsonArray rows)
        {
            var labels = rows.Select(row => (IReadOnlyList<string>)[.. AsArray(row).Select(ButtonLabel)]).ToList();
            return new ReplyMarkup(null, [], labels);
        }

        if (fields.ContainsKey("remove_keyboard") || fields.ContainsKey("force_reply"))
        {
            return None;
        }

        throw BotApiError.BadRequest("can't parse reply keyboard markup JSON object");
    }

    private static ReplyMarkup ParseInline(JsonNode inline)
    {
        var wireRows = new JsonArray();
        var rows = new List<IReadOnlyList<InlineButton>>();
        foreach (var row in AsArray(inline))
        {
            var wireRow = new JsonArray();
            var buttons = new List<InlineButton>();
            foreach (var node in AsArray(row))
            {
                if (node is not JsonObject button)
                {
                    throw BotApiError.BadRequest("can't parse inline keyboard button: InlineKeyboardButton must be an Object");
                }

                buttons.Add(ParseButton(button));
                wireRow.Add(button.DeepClone());
            }

            if (buttons.Count > 0)
            {
                rows.Add(buttons);
                wireRows.Add(wireRow);
            }
        }

        // An empty inline keyboard is how a bot removes the keyboard from a message.
        return rows.Count == 0 ? None : new ReplyMarkup(new JsonObject { ["inline_keyboard"] = wireRows }, rows, []);
    }

    private static InlineButton ParseButton(JsonObject button)
    {
        var text = StringField(button, "text");
        if (string.IsNullOrEmpty(text))
        {
            throw BotApiError.BadRequest("can't parse inline keyboard button: Text must be non-empty");
        }

        var data = StringField(button, "callback_data");
        var url = StringField(button, "url");
        if (button.ContainsKey("callback_data") && (data is null || Encoding.UTF8.GetByteCount(data) is < 1 or > 64))
        {
            throw BotApiError.BadRequest("BUTTON_DATA_INVALID");
        }

        if (button.ContainsKey("url") && string.IsNullOrWhiteSpace(url))
        {
            throw BotApiError.BadRequest("BUTTON_URL_INVALID");
        }

        string[] actions = ["callback_data", "url", "web_app", "login_url", "switch_inline_query", "switch_inline_query_current_chat",
            "switch_inline_query_chosen_chat", "copy_text", "callback_game", "pay"];
        if (!actions.Any(button.ContainsKey))
        {
            throw BotApiError.BadRequest("can't parse inline keyboard button: Text buttons are unallowed in the inline keyboard");
        }

        return new InlineButton(text, data, url);
    }

    private static string ButtonLabel(JsonNode? button) => button switch
    {
        JsonValue value when value.GetValueKind() == JsonValueKind.String => value.GetValue<string>(),
        JsonObject fields when StringField(fields, "text") is { Length: > 0 } text => text,
        _ => throw BotApiError.BadRequest("can't parse keyboard button: Text must be non-empty"),
    };

    private static JsonArray AsArray(JsonNode? node) =>
        node as JsonArray ?? throw BotApiError.BadRequest("can't parse reply keyboard markup JSON object");

    private static string? StringField(JsonObject fields, string name) =>
        fields[name] is JsonValue value && value.GetValueKind() == JsonValueKind.String ? value.GetValue<string>() : null;
}
