using HipBot.TelegramEmulator.Wire;

namespace HipBot.TelegramEmulator.Methods;

/// <summary>One Bot API call being served.</summary>
internal sealed class MethodContext(EmulatorState state, RequestArgs args, CancellationToken requestAborted)
{
    public EmulatorState State { get; } = state;

    public RequestArgs Args { get; } = args;

    /// <summary>Fires when the client goes away (e.g. a long poll it gave up on).</summary>
    public CancellationToken RequestAborted { get; } = requestAborted;
}

/// <summary>Serves a method: returns the "result" as JSON text, or null when nobody is left to answer; throws <see cref="BotApiError"/> for error answers.</summary>
internal delegate Task<string?> BotMethod(MethodContext context);
