using System.Globalization;

namespace HipBot.TelegramEmulator;

/// <summary>
/// Faults to inject into the next calls of a Bot API method. Faults are decided before the method runs, so a failed
/// or dropped send leaves no message behind (except <see cref="LoseResponseNext"/>, which exists to model exactly that).
/// Method names match case-insensitively, as Telegram's do.
/// </summary>
public sealed class FaultPlan
{
    private readonly Lock _gate = new();
    private readonly Dictionary<string, Queue<Fault>> _pending = new(StringComparer.OrdinalIgnoreCase);
    private readonly Dictionary<string, TimeSpan> _delays = new(StringComparer.OrdinalIgnoreCase);
    private readonly HashSet<long> _hungChats = [];
    private readonly Dictionary<long, int> _hangingNow = [];
    private readonly AsyncPulse _hangingChanged = new();

    internal FaultPlan()
    {
    }

    /// <summary>Answers the next <paramref name="count"/> calls with this error, e.g. 429 with retryAfter, 500, 502 or 400.</summary>
    public void FailNext(string method, int count, int errorCode, string description, int? retryAfter = null)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(errorCode, 400);
        ArgumentException.ThrowIfNullOrEmpty(description);
        Add(method, count, new Fault(FaultKind.Fail, errorCode, description, retryAfter));
    }

    /// <summary>Answers the next calls with 429 "Too Many Requests: retry after N" and parameters.retry_after = N.</summary>
    public void TooManyRequestsNext(string method, int retryAfterSeconds, int count = 1) =>
        FailNext(method, count, 429, string.Create(CultureInfo.InvariantCulture, $"Too Many Requests: retry after {retryAfterSeconds}"), retryAfterSeconds);

    /// <summary>Aborts the TCP connection of the next calls without answering and without running the method.</summary>
    public void DropNext(string method, int count = 1) => Add(method, count, new Fault(FaultKind.Drop, 0, null, null));

    /// <summary>
    /// Runs the next calls (a send really happens) and then aborts the connection, so the bot cannot know it worked:
    /// the case where a naive retry doubles a message.
    /// </summary>
    public void LoseResponseNext(string method, int count = 1) => Add(method, count, new Fault(FaultKind.LoseResponse, 0, null, null));

    /// <summary>The next calls get no answer at all, until the client gives up: a request Telegram never answers.</summary>
    public void HangNext(string method, int count = 1) => Add(method, count, new Fault(FaultKind.Hang, 0, null, null));

    /// <summary>Every call about this chat gets no answer until <see cref="ReleaseChat"/> or the client gives up.</summary>
    public void HangChat(long chatId)
    {
        lock (_gate)
        {
            _hungChats.Add(chatId);
        }
    }

    /// <summary>Calls about the chat are answered again; those hanging now stay unanswered, as a lost request would.</summary>
    public void ReleaseChat(long chatId)
    {
        lock (_gate)
        {
            _hungChats.Remove(chatId);
        }
    }

    /// <summary>Slows every later call of the method by <paramref name="delay"/>; <see cref="TimeSpan.Zero"/> removes the delay.</summary>
    public void Delay(string method, TimeSpan delay)
    {
        ArgumentException.ThrowIfNullOrEmpty(method);
        ArgumentOutOfRangeException.ThrowIfLessThan(delay, TimeSpan.Zero);
        lock (_gate)
        {
            if (delay == TimeSpan.Zero)
            {
                _delays.Remove(method);
            }
            else
            {
                _delays[method] = delay;
            }
        }
    }

    /// <summary>How many injected failures and drops are still waiting for calls of the method.</summary>
    public int Pending(string method)
    {
        lock (_gate)
        {
            return _pending.TryGetValue(method, out var queue) ? queue.Count : 0;
        }
    }

    public void Clear()
    {
        lock (_gate)
        {
            _pending.Clear();
            _delays.Clear();
            _hungChats.Clear();
        }
    }

    internal (Fault? Fault, TimeSpan Delay) Take(string method)
    {
        lock (_gate)
        {
            var delay = _delays.GetValueOrDefault(method);
            var fault = _pending.TryGetValue(method, out var queue) && queue.TryDequeue(out var next) ? next : null;
            return (fault, delay);
        }
    }

    /// <summary>Calls about the chat that hang right now (they arrived, and no answer will come).</summary>
    public int Hanging(long chatId)
    {
        lock (_gate)
        {
            return _hangingNow.GetValueOrDefault(chatId);
        }
    }

    /// <summary>Waits until a call about the chat arrives and hangs; a hung call is logged only once the client gives up.</summary>
    public Task WaitUntilHanging(long chatId, TimeSpan? timeout = null) =>
        Waiting.UntilAsync(
            () =>
            {
                lock (_gate)
                {
                    return (_hangingNow.GetValueOrDefault(chatId) > 0, true, _hangingChanged.Next);
                }
            },
            timeout ?? TimeSpan.FromSeconds(10),
            () => $"a call about chat {chatId} to hang",
            CancellationToken.None);

    internal void Hangs(long? chatId, int delta)
    {
        if (chatId is not { } id)
        {
            return;
        }
        lock (_gate)
        {
            _hangingNow[id] = _hangingNow.GetValueOrDefault(id) + delta;
            _hangingChanged.Pulse();
        }
    }

    internal bool IsHung(long? chatId)
    {
        lock (_gate)
        {
            return chatId is { } id && _hungChats.Contains(id);
        }
    }

    private void Add(string method, int count, Fault fault)
    {
        ArgumentException.ThrowIfNullOrEmpty(method);
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(count);
        lock (_gate)
        {
            if (!_pending.TryGetValue(method, out var queue))
            {
                _pending[method] = queue = new Queue<Fault>();
            }

            for (var i = 0; i < count; i++)
            {
                queue.Enqueue(fault);
            }
        }
    }
}

internal enum FaultKind
{
    Fail,
    Drop,
    LoseResponse,
    Hang,
}

internal sealed record Fault(FaultKind Kind, int ErrorCode, string? Description, int? RetryAfter);
