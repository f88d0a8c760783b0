using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using HipBot.TelegramEmulator.Wire;

namespace HipBot.TelegramEmulator.Methods;

/// <summary>setMyCommands / getMyCommands / deleteMyCommands, remembered per scope and language.</summary>
internal static partial class CommandMethods
{
    public static Task<string?> Set(MethodContext context)
    {
        var commands = ParseCommands(context.Args.Json("commands"));
        var key = ScopeKey(context.Args);
        lock (context.State.Gate)
        {
            context.State.SetCommands(key, commands);
        }

        return Task.FromResult<string?>("true");
    }

    public static Task<string?> Get(MethodContext context)
    {
        var key = ScopeKey(context.Args);
        IReadOnlyList<BotCommandInfo> commands;
        lock (context.State.Gate)
        {
            commands = context.State.GetCommands(key);
        }

        var json = new JsonArray([.. commands.Select(c => new JsonObject { ["command"] = c.Command, ["description"] = c.Description })]);
        return Task.FromResult<string?>(json.ToJsonString());
    }

    public static Task<string?> Delete(MethodContext context)
    {
        var key = ScopeKey(context.Args);
        lock (context.State.Gate)
        {
            context.State.SetCommands(key, []);
        }

        return Task.FromResult<string?>("true");
    }

    /// <summary>"default", "all_private_chats", "chat:-100123", ... with "/de" appended for a language.</summary>
    public static string ScopeKey(RequestArgs args)
    {
        var key = "default";
        if (args.Json("scope") is JsonObject scope)
        {
            key = scope["type"]?.GetValue<string>() ?? "default";
            if (scope["chat_id"] is { } chat)
            {
                key += ":" + chat.ToJsonString().Trim('"');
            }

            if (scope["user_id"] is { } user)
            {
                key += ":" + user.ToJsonString();
            }
        }

        return args.String("language_code") is { Length: > 0 } language ? key + "/" + language : key;
    }

    private static List<BotCommandInfo> ParseCommands(JsonNode? node)
    {
        if (node is not JsonArray items)
        {
            throw BotApiError.BadRequest("can't parse commands JSON object");
        }

        if (items.Count > 100)
        {
            throw BotApiError.BadRequest("too many commands specified");
        }

        var commands = new List<BotCommandInfo>();
        foreach (var item in items)
        {
            var command = Field(item, "command");
            var description = Field(item, "description");
            if (command is null || !CommandName().IsMatch(command))
            {
                throw BotApiError.BadRequest("BOT_COMMAND_INVALID");
            }

            if (description is null || description.Length is < 1 or > 256)
            {
                throw BotApiError.BadRequest("command description must be non-empty");
            }

            commands.Add(new BotCommandInfo(command, description));
        }

        return commands;
    }

    private static string? Field(JsonNode? item, string name) =>
        item is JsonObject fields && fields[name] is JsonValue value && value.GetValueKind() == JsonValueKind.String
            ? value.GetValue<string>().Trim()
            : null;

    [GeneratedRegex("^[a-z0-9_]{1,32}$", RegexOptions.CultureInvariant)]
    private static partial Regex CommandName();
}
