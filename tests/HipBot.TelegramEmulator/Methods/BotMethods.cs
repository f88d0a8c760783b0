using System.Text.Json.Nodes;
using HipBot.TelegramEmulator.Wire;

namespace HipBot.TelegramEmulator.Methods;

/// <summary>getMe and the webhook-housekeeping calls a polling bot may make at startup.</summary>
internal static class BotMethods
{
    public static Task<string?> GetMe(MethodContext context) =>
        Task.FromResult<string?>(WireJson.GetMe(context.State).ToJsonString());

    public static Task<string?> True(MethodContext context) => Task.FromResult<string?>("true");

    public static Task<string?> GetWebhookInfo(MethodContext context)
    {
        int pending;
        lock (context.State.Gate)
        {
            pending = context.State.Updates.PendingCount;
        }

        var info = new JsonObject { ["url"] = "", ["has_custom_certificate"] = false, ["pending_update_count"] = pending };
        return Task.FromResult<string?>(info.ToJsonString());
    }
}
