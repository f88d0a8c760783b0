namespace HipBot.TelegramEmulator.Webhooks;

/// <summary>The webhook the bot set, and what became of its deliveries. Callers hold <see cref="EmulatorState.Gate"/>.</summary>
internal sealed class WebhookState
{
    private readonly List<WebhookDelivery> _deliveries = [];

    /// <summary>The URL updates are posted to; null while no webhook is set (getUpdates works then).</summary>
    public Uri? Url { get; private set; }

    public string? Secret { get; private set; }

    public int? MaxConnections { get; private set; }

    /// <summary>How many of the next 2xx answers to throw away, as if the bot had died before answering.</summary>
    public int AnswersToLose { get; set; }

    public DateTimeOffset? LastErrorAt { get; private set; }

    public string? LastError { get; private set; }

    /// <summary>Fires when the webhook is set, replaced or removed, and after every delivery attempt.</summary>
    public AsyncPulse Changed { get; } = new();

    /// <summary>The running delivery loop; replaced by each setWebhook so a new one starts without the old back-off.</summary>
    public CancellationTokenSource? Loop { get; private set; }

    public IReadOnlyList<WebhookDelivery> Deliveries => [.. _deliveries];

    /// <summary>Sets the webhook; returns the loop it replaces, for the caller to cancel once it has left the lock.</summary>
    public CancellationTokenSource? Set(Uri url, string? secret, int? maxConnections, CancellationTokenSource loop)
    {
        var previous = Loop;
        (Url, Secret, MaxConnections, Loop, LastErrorAt, LastError) = (url, secret, maxConnections, loop, null, null);
        Changed.Pulse();
        return previous;
    }

    /// <summary>Removes the webhook; returns the loop to cancel.</summary>
    public CancellationTokenSource? Delete()
    {
        var previous = Loop;
        (Url, Secret, MaxConnections, Loop) = (null, null, null, null);
        Changed.Pulse();
        return previous;
    }

    public void Record(WebhookDelivery delivery, DateTimeOffset at)
    {
        _deliveries.Add(delivery);
        if (!delivery.Delivered)
        {
            (LastErrorAt, LastError) = (at, delivery.Error);
        }
        Changed.Pulse();
    }
}
