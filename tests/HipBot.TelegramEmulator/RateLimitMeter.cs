using System.Diagnostics;

namespace HipBot.TelegramEmulator;

/// <summary>
/// Measures how fast the bot sends, per chat, per group and overall, and decides whether a send breaks Telegram's limits.
/// Runs on the monotonic <see cref="Stopwatch"/> clock, never on the emulator's (possibly fake) date clock, because
/// a fake clock that stands still would make every burst look infinitely fast.
/// </summary>
public sealed class RateLimitMeter
{
    private static readonly TimeSpan Second = TimeSpan.FromSeconds(1);
    private static readonly TimeSpan Minute = TimeSpan.FromMinutes(1);

    private readonly Lock _gate = new();
    private readonly long _started = Stopwatch.GetTimestamp();
    private readonly RateLimitOptions _options;
    private readonly Dictionary<long, Queue<long>> _perChatLastSecond = [];
    private readonly Dictionary<long, Queue<long>> _perGroupLastMinute = [];
    private readonly Dictionary<long, Bucket> _privateBuckets = [];
    private readonly Dictionary<long, int> _maxPerChatPerSecond = [];
    private readonly Queue<long> _globalLastSecond = new();
    private readonly List<RateLimitViolation> _violations = [];
    private int _maxPerGroupPerMinute;
    private int _maxGlobalPerSecond;
    private int _totalSends;

    internal RateLimitMeter(RateLimitOptions options) => _options = options;

    public RateLimitOptions Options => _options;

    /// <summary>How many sends broke a limit (whether or not they were refused).</summary>
    public int Violations
    {
        get
        {
            lock (_gate)
            {
                return _violations.Count;
            }
        }
    }

    public IReadOnlyList<RateLimitViolation> ViolationLog
    {
        get
        {
            lock (_gate)
            {
                return [.. _violations];
            }
        }
    }

    /// <summary>The most messages any single chat received within one second.</summary>
    public int MaxPerChatPerSecond
    {
        get
        {
            lock (_gate)
            {
                return _maxPerChatPerSecond.Count == 0 ? 0 : _maxPerChatPerSecond.Values.Max();
            }
        }
    }

    /// <summary>The most messages any single group received within one minute.</summary>
    public int MaxPerGroupPerMinute
    {
        get
        {
            lock (_gate)
            {
                return _maxPerGroupPerMinute;
            }
        }
    }

    /// <summary>The most messages sent to all chats together within one second.</summary>
    public int MaxGlobalPerSecond
    {
        get
        {
            lock (_gate)
            {
                return _maxGlobalPerSecond;
            }
        }
    }

    /// <summary>Sends the meter let through.</summary>
    public int TotalSends
    {
        get
        {
            lock (_gate)
            {
                return _totalSends;
            }
        }
    }

    /// <summary>The most messages this chat received within one second.</summary>
    public int MaxPerSecondIn(long chatId)
    {
        lock (_gate)
        {
            return _maxPerChatPerSecond.GetValueOrDefault(chatId);
        }
    }

    /// <summary>
    /// Records a send, or refuses it when it breaks a limit and limits are enforced.
    /// Returns the whole seconds to wait (Telegram's retry_after) when refused, otherwise null.
    /// </summary>
    /// <param name="paidBroadcast">The send asked for paid broadcasting: the global limit is the paid one.</param>
    internal int? TryAcquire(long chatId, bool isGroup, bool paidBroadcast = false)
    {
        var now = Stopwatch.GetTimestamp();
        lock (_gate)
        {
            var perChat = Window(_perChatLastSecond, chatId, now, Second);
            var perGroup = isGroup ? Window(_perGroupLastMinute, chatId, now, Minute) : null;
            Trim(_globalLastSecond, now, Second);

            TimeSpan? wait = null;
            string? limit = null;
            var bucket = isGroup ? null : Refill(chatId, now);
            if (bucket is not null && bucket.Tokens < 1)
            {
                (limit, wait) = ("per private chat", TimeSpan.FromSeconds((1 - bucket.Tokens) / _options.PrivateChatMessagesPerSecond));
            }

            if (perGroup is not null && perGroup.Count >= _options.GroupMessagesPerMinute)
            {
                (limit, wait) = ("per group", Longest(wait, Minute - Stopwatch.GetElapsedTime(perGroup.Peek(), now)));
            }

            if (_globalLastSecond.Count >= (paidBroadcast ? _options.PaidBroadcastMessagesPerSecond : _options.GlobalMessagesPerSecond))
            {
                (limit, wait) = ("global", Longest(wait, Second - Stopwatch.GetElapsedTime(_globalLastSecond.Peek(), now)));
            }

            if (limit is not null)
            {
                _violations.Add(new RateLimitViolation(chatId, limit, Stopwatch.GetElapsedTime(_started, now)));
                if (_options.Enforce)
                {
                    return Math.Max(1, (int)Math.Ceiling(wait!.Value.TotalSeconds));
                }
            }

            if (bucket is not null)
            {
                bucket.Tokens = Math.Max(0, bucket.Tokens - 1);
            }

            perChat.Enqueue(now);
            _maxPerChatPerSecond[chatId] = Math.Max(_maxPerChatPerSecond.GetValueOrDefault(chatId), perChat.Count);
            if (perGroup is not null)
            {
                perGroup.Enqueue(now);
                _maxPerGroupPerMinute = Math.Max(_maxPerGroupPerMinute, perGroup.Count);
            }

            _globalLastSecond.Enqueue(now);
            _maxGlobalPerSecond = Math.Max(_maxGlobalPerSecond, _globalLastSecond.Count);
            _totalSends++;
            return null;
        }
    }

    private Bucket Refill(long chatId, long now)
    {
        if (!_privateBuckets.TryGetValue(chatId, out var bucket))
        {
            _privateBuckets[chatId] = bucket = new Bucket { Tokens = Math.Max(1, _options.PrivateChatBurst), Stamp = now };
        }

        var earned = Stopwatch.GetElapsedTime(bucket.Stamp, now).TotalSeconds * _options.PrivateChatMessagesPerSecond;
        bucket.Tokens = Math.Min(Math.Max(1, _options.PrivateChatBurst), bucket.Tokens + earned);
        bucket.Stamp = now;
        return bucket;
    }

    private static Queue<long> Window(Dictionary<long, Queue<long>> windows, long chatId, long now, TimeSpan span)
    {
        if (!windows.TryGetValue(chatId, out var window))
        {
            windows[chatId] = window = new Queue<long>();
        }

        Trim(window, now, span);
        return window;
    }

    private static void Trim(Queue<long> window, long now, TimeSpan span)
    {
        while (window.Count > 0 && Stopwatch.GetElapsedTime(window.Peek(), now) >= span)
        {
            window.Dequeue();
        }
    }

    private static TimeSpan Longest(TimeSpan? a, TimeSpan b) => a is { } x && x > b ? x : b;

    private sealed class Bucket
    {
        public double Tokens { get; set; }

        public long Stamp { get; set; }
    }
}

/// <param name="Limit">"per private chat", "per group" or "global".</param>
/// <param name="At">When the offending send came, measured from the emulator's start on a monotonic clock.</param>
public sealed record RateLimitViolation(long ChatId, string Limit, TimeSpan At);
