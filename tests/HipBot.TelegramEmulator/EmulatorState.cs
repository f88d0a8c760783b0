using System.Diagnostics;
using System.Globalization;
using HipBot.TelegramEmulator.Wire;

namespace HipBot.TelegramEmulator;

/// <summary>
/// All of the emulator's shared state behind one lock. One coarse lock keeps every invariant simple (a message and the
/// update announcing it appear together); every critical section is short and never awaits.
/// </summary>
internal sealed class EmulatorState : IDisposable
{
    private readonly Dictionary<long, ScriptedUser> _users = [];
    private readonly Dictionary<long, ChatLog> _chats = [];
    private readonly Dictionary<string, CallbackState> _callbacks = [];
    private readonly Dictionary<string, IReadOnlyList<BotCommandInfo>> _commands = [];
    private readonly Dictionary<string, SentFile> _files = [];
    private readonly Lock _callsGate = new();
    private readonly List<ApiCall> _calls = [];
    private readonly AsyncPulse _callRecorded = new();
    private readonly CancellationTokenSource _shutdown = new();
    private readonly long _started = Stopwatch.GetTimestamp();
    private long _nextUserId = 1_000_001;
    private long _nextGroupId = -1_001_000_000_001;
    private long _nextBasicGroupId = -4_000_000_001;
    private long _nextCallbackId = 4_700_000_000_001;
    private long _nextFileId = 1;

    public EmulatorState(EmulatorOptions options)
    {
        Options = options;
        var colon = options.Token.IndexOf(':', StringComparison.Ordinal);
        if (colon < 1 || !long.TryParse(options.Token.AsSpan(0, colon), NumberStyles.None, CultureInfo.InvariantCulture, out var botId))
        {
            throw new ArgumentException("A bot token looks like 123456:secret; the number is the bot's user id.", nameof(options));
        }

        BotId = botId;
        Faults = new FaultPlan();
        Limits = new RateLimitMeter(options.RateLimits);
    }

    public Lock Gate { get; } = new();

    public EmulatorOptions Options { get; }

    public long BotId { get; }

    public UpdateQueue Updates { get; } = new();

    public Webhooks.WebhookState Webhook { get; } = new();

    public FaultPlan Faults { get; }

    public RateLimitMeter Limits { get; }

    public CancellationToken Shutdown => _shutdown.Token;

    public long NowUnix() => Options.TimeProvider.GetUtcNow().ToUnixTimeSeconds();

    public TimeSpan Elapsed => Stopwatch.GetElapsedTime(_started);

    public TimeSpan Timeout(TimeSpan? requested) => requested ?? Options.DefaultTimeout;

    // --- registry (callers hold Gate) ---

    public long NewUserId() => _nextUserId++;

    public long NewGroupId() => _nextGroupId--;

    public long NewBasicGroupId() => _nextBasicGroupId--;

    public string NewCallbackId() => (_nextCallbackId++).ToString(CultureInfo.InvariantCulture);

    public bool UsernameTaken(string username) =>
        _users.Values.Any(u => string.Equals(u.Username, username, StringComparison.OrdinalIgnoreCase));

    public void Register(ScriptedUser user, ChatLog privateChat)
    {
        _users.Add(user.Id, user);
        _chats.Add(privateChat.Id, privateChat);
    }

    public void Register(ChatLog group) => _chats.Add(group.Id, group);

    public ScriptedUser? FindUser(long userId) => _users.GetValueOrDefault(userId);

    public ChatLog? FindChat(long chatId) => _chats.GetValueOrDefault(chatId);

    public ChatLog RequireChat(RequestArgs args)
    {
        if (!args.Has("chat_id"))
        {
            throw BotApiError.BadRequest("chat_id is empty");
        }

        var text = args.String("chat_id")!;
        if (text.StartsWith('@'))
        {
            // Only public chats can be addressed by username, and no emulated chat has one.
            throw BotApiError.ChatNotFound();
        }

        return FindChat(args.Long("chat_id")!.Value) ?? throw BotApiError.ChatNotFound();
    }

    /// <summary>A new file id, opaque like Telegram's, and the short unique id that goes with it.</summary>
    public (string FileId, string FileUniqueId) NewFileId()
    {
        var number = (_nextFileId++).ToString(CultureInfo.InvariantCulture);
        return ("BQACAgIAAxkBAAI" + number.PadLeft(8, '0'), "AgAD" + number);
    }

    public void AddFile(SentFile file) => _files[file.FileId] = file;

    public SentFile? FindFile(string fileId) => _files.GetValueOrDefault(fileId);

    public void AddCallback(CallbackState callback) => _callbacks.Add(callback.Id, callback);

    public CallbackState? FindCallback(string id) => _callbacks.GetValueOrDefault(id);

    public void SetCommands(string scopeKey, IReadOnlyList<BotCommandInfo> commands)
    {
        if (commands.Count == 0)
        {
            _commands.Remove(scopeKey);
        }
        else
        {
            _commands[scopeKey] = commands;
        }
    }

    public IReadOnlyList<BotCommandInfo> GetCommands(string scopeKey) => _commands.GetValueOrDefault(scopeKey) ?? [];

    public IReadOnlyDictionary<string, IReadOnlyList<BotCommandInfo>> AllCommands() => new Dictionary<string, IReadOnlyList<BotCommandInfo>>(_commands);

    // --- call log (own lock: written from request threads without the state lock) ---

    public void RecordCall(ApiCall call)
    {
        lock (_callsGate)
        {
            _calls.Add(call);
            _callRecorded.Pulse();
        }
    }

    /// <summary>The calls logged from index <paramref name="from"/> on, and the signal for the next one.</summary>
    public (IReadOnlyList<ApiCall> Calls, Task Next) CallsSince(int from)
    {
        lock (_callsGate)
        {
            return (_calls.Count > from ? _calls[from..] : [], _callRecorded.Next);
        }
    }

    public IReadOnlyList<ApiCall> Calls()
    {
        lock (_callsGate)
        {
            return [.. _calls];
        }
    }

    /// <summary>What a timed-out test most likely wants to know: did the bot fetch its updates, and did its calls fail?</summary>
    public string DescribeBotActivity()
    {
        int pending;
        lock (Gate)
        {
            pending = Updates.PendingCount;
        }

        var failures = Calls().Where(c => !c.Succeeded).TakeLast(3).ToList();
        string text;
        lock (Gate)
        {
            text = pending == 0
                ? "The bot has fetched every update."
                : Webhook.Url is { } url
                    ? $"{pending} update(s) not yet delivered to the webhook at {url} (last error: {Webhook.LastError ?? "none"})."
                    : $"{pending} update(s) not yet confirmed by the bot (is it polling?).";
        }
        return failures.Count == 0 ? text : text + " Last failed calls: " + string.Join("; ", failures);
    }

    public void BeginShutdown() => _shutdown.Cancel();

    public void Dispose() => _shutdown.Dispose();
}

/// <summary>A callback query a scripted user raised, and the bot's answer once it comes.</summary>
internal sealed class CallbackState(string id, ScriptedUser from, ChatLog chat, int messageId, string data)
{
    public string Id { get; } = id;

    public ScriptedUser From { get; } = from;

    public ChatLog Chat { get; } = chat;

    public int MessageId { get; } = messageId;

    public string Data { get; } = data;

    public TaskCompletionSource<CallbackAnswer> Answer { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);
}
