using HipBot.TelegramEmulator.Wire;

namespace HipBot.TelegramEmulator.Methods;

/// <summary>getChat, getChatMember and sendChatAction.</summary>
internal static class ChatMethods
{
    private static readonly HashSet<string> Actions =
    [
        "typing", "upload_photo", "record_video", "upload_video", "record_voice", "upload_voice", "upload_document",
        "choose_sticker", "find_location", "record_video_note", "upload_video_note",
    ];

    public static Task<string?> GetChat(MethodContext context)
    {
        lock (context.State.Gate)
        {
            return Task.FromResult<string?>(WireJson.ChatFullInfo(context.State.RequireChat(context.Args)).ToJsonString());
        }
    }

    public static Task<string?> GetChatMember(MethodContext context)
    {
        var state = context.State;
        lock (state.Gate)
        {
            var chat = state.RequireChat(context.Args);
            if (chat.MigratedTo is { } newId)
            {
                throw BotApiError.Migrated(newId);
            }

            var userId = context.Args.Long("user_id") ?? throw BotApiError.BadRequest("user not found");
            if (userId == state.BotId)
            {
                var botStatus = chat.BotKicked || chat.BotBlocked ? "kicked" : chat.IsGroup && chat.BotIsAdmin ? "administrator" : "member";
                return Result(WireJson.ChatMember(WireJson.Bot(state), botStatus, canPin: chat.BotMayPin));
            }

            var user = state.FindUser(userId) ?? throw BotApiError.BadRequest("user not found");
            if (!chat.IsGroup)
            {
                return chat.Id == user.Id ? Result(WireJson.ChatMember(WireJson.User(user), "member")) : throw BotApiError.BadRequest("user not found");
            }

            var status = chat.Members.TryGetValue(user.Id, out var role)
                ? role switch
                {
                    MemberRole.Creator => "creator",
                    MemberRole.Administrator => "administrator",
                    _ => "member",
                }
                : "left";
            return Result(WireJson.ChatMember(WireJson.User(user), status));
        }
    }

    public static Task<string?> SendChatAction(MethodContext context)
    {
        var action = context.Args.String("action");
        lock (context.State.Gate)
        {
            SendGuards.EnsureBotCanSend(context.State.RequireChat(context.Args));
        }

        return action is not null && Actions.Contains(action)
            ? Task.FromResult<string?>("true")
            : throw BotApiError.BadRequest("wrong parameter action in request");
    }

    private static Task<string?> Result(System.Text.Json.Nodes.JsonObject json) => Task.FromResult<string?>(json.ToJsonString());
}
