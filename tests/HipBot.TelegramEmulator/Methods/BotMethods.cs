using HipBot.TelegramEmulator.Wire;

namespace HipBot.TelegramEmulator.Methods;

/// <summary>getMe, and the calls that only say true.</summary>
internal static class BotMethods
{
    public static Task<string?> GetMe(MethodContext context) =>
        Task.FromResult<string?>(WireJson.GetMe(context.State).ToJsonString());

    public static Task<string?> True(MethodContext context) => Task.FromResult<string?>("true");
}
