using HipBot.Shell.Health;

namespace HipBot.Shell.Metrics;

/// <summary>
/// Watches every Bot API request on its way through the client's HTTP stack: a send's result goes to the metrics, and
/// getUpdates and send answers to the <see cref="Heartbeats"/>. It only looks: requests, answers and failures pass on
/// unchanged. Only the method name (the last segment of the path) is read from the URL, never the token before it.
/// </summary>
public sealed class BotApiObserver(HipBotMetrics metrics, Heartbeats heartbeats) : DelegatingHandler(new SocketsHttpHandler())
{
    // Every other call delivers something to a user, so a kind of message added later is counted without a change here.
    private static readonly HashSet<string> NotSends = new(StringComparer.OrdinalIgnoreCase)
    {
        "getUpdates", "getMe", "setWebhook", "deleteWebhook", "getWebhookInfo", "setMyCommands", "getMyCommands", "deleteMyCommands",
    };

    protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        var method = request.RequestUri?.Segments is [.., var last] ? last : "";
        var polling = string.Equals(method, "getUpdates", StringComparison.OrdinalIgnoreCase);
        var send = method.Length > 0 && !NotSends.Contains(method);
        var sendMethod = method;
        if (polling)
        {
            heartbeats.Polled();
        }
        HttpResponseMessage response;
        try
        {
            response = await base.SendAsync(request, cancellationToken);
        }
        catch (Exception) when (send)
        {
            metrics.Sent(sendMethod, "no_answer");
            throw;
        }
        if (polling)
        {
            heartbeats.Polled();
        }
        if (send)
        {
            heartbeats.SendAnswered();
            metrics.Sent(sendMethod, Result((int)response.StatusCode));
        }
        return response;
    }

    private static string Result(int status) => status switch
    {
        >= 200 and < 300 => "ok",
        429 => "429",
        403 => "403",
        400 => "400",
        >= 400 and < 500 => "other_4xx",
        _ => "5xx",
    };
}
