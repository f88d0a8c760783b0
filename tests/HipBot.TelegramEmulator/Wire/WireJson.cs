using System.Text.Json.Nodes;

namespace HipBot.TelegramEmulator.Wire;

/// <summary>Builds Bot API objects by hand, in Telegram's snake_case shape, so the real client's parsing is what gets tested.</summary>
internal static class WireJson
{
    public static JsonObject User(ScriptedUser user)
    {
        var json = new JsonObject
        {
            ["id"] = user.Id,
            ["is_bot"] = false,
            ["first_name"] = user.FirstName,
        };
        if (user.Username is { } username)
        {
            json["username"] = username;
        }

        if (user.LanguageCode is { } language)
        {
            json["language_code"] = language;
        }

        return json;
    }

    public static JsonObject Bot(EmulatorState state) => new()
    {
        ["id"] = state.BotId,
        ["is_bot"] = true,
        ["first_name"] = state.Options.BotFirstName,
        ["username"] = state.Options.BotUsername,
    };

    /// <summary>The user Telegram puts in "from" when an anonymous admin writes; the real author is hidden behind sender_chat.</summary>
    public static JsonObject AnonymousAdmin() => new()
    {
        ["id"] = AnonymousAdminBotId,
        ["is_bot"] = true,
        ["first_name"] = "Group",
        ["username"] = "GroupAnonymousBot",
    };

    public const long AnonymousAdminBotId = 1087968824;

    public static JsonObject GetMe(EmulatorState state)
    {
        var me = Bot(state);
        me["can_join_groups"] = true;
        me["can_read_all_group_messages"] = false;
        me["supports_inline_queries"] = false;
        me["can_connect_to_business"] = false;
        me["has_main_web_app"] = false;
        return me;
    }

    public static JsonObject Chat(ChatLog chat)
    {
        if (chat.IsGroup)
        {
            var group = new JsonObject
            {
                ["id"] = chat.Id,
                ["title"] = chat.Title,
                ["type"] = chat.IsSupergroup ? "supergroup" : "group",
            };
            if (chat.IsForum)
            {
                group["is_forum"] = true;
            }

            return group;
        }

        var user = chat.PrivateUser!;
        var json = new JsonObject
        {
            ["id"] = chat.Id,
            ["first_name"] = user.FirstName,
        };
        if (user.Username is { } username)
        {
            json["username"] = username;
        }

        json["type"] = "private";
        return json;
    }

    /// <summary>The full chat for getChat (Telegram's ChatFullInfo).</summary>
    public static JsonObject ChatFullInfo(ChatLog chat)
    {
        var json = Chat(chat);
        json["accent_color_id"] = 0;
        json["max_reaction_count"] = 11;
        if (!chat.IsGroup)
        {
            json["has_private_forwards"] = false;
        }

        return json;
    }

    public static JsonObject Message(MessageState message, EmulatorState state, bool withReply = true)
    {
        var json = new JsonObject
        {
            ["message_id"] = message.Id,
            ["from"] = message.AnonymousAdmin ? AnonymousAdmin() : message.From is { } user ? User(user) : Bot(state),
            ["chat"] = Chat(message.Chat),
            ["date"] = message.Date,
        };
        if (message.AnonymousAdmin)
        {
            json["sender_chat"] = Chat(message.Chat);
        }

        if (message.ThreadId is { } thread)
        {
            json["message_thread_id"] = thread;
            json["is_topic_message"] = true;
        }

        foreach (var (name, value) in message.Service ?? [])
        {
            json[name] = value?.DeepClone();
        }

        if (message.EditDate is { } edited)
        {
            json["edit_date"] = edited;
        }

        if (message.ForwardedFrom is { } origin)
        {
            json["forward_origin"] = new JsonObject
            {
                ["type"] = "user",
                ["date"] = origin.Date,
                ["sender_user"] = new JsonObject { ["id"] = origin.SenderId, ["is_bot"] = false, ["first_name"] = origin.SenderName },
            };
        }

        // Telegram nests the replied-to message one level deep only.
        if (withReply && message.ReplyTo is { } replyTo)
        {
            json["reply_to_message"] = Message(replyTo, state, withReply: false);
        }

        if (message.Text is { } text)
        {
            json["text"] = text;
        }

        if (message.Entities is { Count: > 0 } entities)
        {
            json["entities"] = entities.DeepClone();
        }

        if (message.Document is { } document)
        {
            var file = File(document);
            file["file_name"] = document.FileName;
            if (document.MimeType is { } mime)
            {
                file["mime_type"] = mime;
            }

            json["document"] = file;
        }

        if (message.Photo is { } photo)
        {
            // Telegram offers a photo in several sizes; the emulator keeps the one that was uploaded.
            var size = File(photo);
            size["width"] = photo.Width;
            size["height"] = photo.Height;
            json["photo"] = new JsonArray(size);
        }

        if (message.Caption is { } caption)
        {
            json["caption"] = caption;
        }

        if (message.Location is { } location)
        {
            json["location"] = new JsonObject { ["latitude"] = location.Latitude, ["longitude"] = location.Longitude };
        }

        if (message.InlineKeyboard is { } keyboard)
        {
            json["reply_markup"] = keyboard.DeepClone();
        }

        return json;
    }

    public static JsonObject ChatMember(JsonObject user, string status, bool canPin = true)
    {
        var json = new JsonObject { ["status"] = status, ["user"] = user };
        switch (status)
        {
            case "creator":
                json["is_anonymous"] = false;
                break;
            case "administrator":
                json["can_be_edited"] = false;
                json["is_anonymous"] = false;
                json["can_manage_chat"] = true;
                json["can_delete_messages"] = true;
                json["can_manage_video_chats"] = true;
                json["can_restrict_members"] = true;
                json["can_promote_members"] = false;
                json["can_change_info"] = true;
                json["can_invite_users"] = true;
                json["can_post_stories"] = false;
                json["can_edit_stories"] = false;
                json["can_delete_stories"] = false;
                json["can_pin_messages"] = canPin;
                json["can_manage_topics"] = false;
                break;
            case "kicked":
                json["until_date"] = 0;
                break;
        }

        return json;
    }

    private static JsonObject File(SentFile file) => new()
    {
        ["file_id"] = file.FileId,
        ["file_unique_id"] = file.FileUniqueId,
        ["file_size"] = file.Size,
    };

    public static string Update(int updateId, string type, JsonObject payload) =>
        new JsonObject { ["update_id"] = updateId, [type] = payload }.ToJsonString();
}
