using System.Net;
using HipBot.TelegramEmulator.Wire;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace HipBot.TelegramEmulator;

/// <summary>
/// A local Telegram Bot API server for tests: the unchanged Telegram.Bot client talks to it over HTTP
/// (<c>new TelegramBotClient(new TelegramBotClientOptions(emulator.Token, emulator.BaseUrl.ToString()))</c>), while the
/// test plays users and groups and inspects what the bot did.
/// </summary>
public sealed class BotApiEmulator : IAsyncDisposable
{
    private readonly WebApplication _app;
    private readonly EmulatorState _state;
    private int _disposed;

    private BotApiEmulator(WebApplication app, EmulatorState state, Uri baseUrl)
    {
        _app = app;
        _state = state;
        BaseUrl = baseUrl;
    }

    public string Token => _state.Options.Token;

    /// <summary>Where the Bot API listens, like http://127.0.0.1:PORT (no path: the client appends /bot{token}/{method}).</summary>
    public Uri BaseUrl { get; }

    public long BotId => _state.BotId;

    public string BotUsername => _state.Options.BotUsername;

    public EmulatorOptions Options => _state.Options;

    public FaultPlan Faults => _state.Faults;

    public RateLimitMeter Limits => _state.Limits;

    /// <summary>Every Bot API request so far, in order of completion (a snapshot).</summary>
    public IReadOnlyList<ApiCall> Calls => _state.Calls();

    /// <summary>The commands setMyCommands registered for the default scope and language.</summary>
    public IReadOnlyList<BotCommandInfo> Commands
    {
        get
        {
            lock (_state.Gate)
            {
                return _state.GetCommands("default");
            }
        }
    }

    /// <summary>Commands by scope key: "default", "all_private_chats", "chat:-1001000000001", with "/de" appended for a language.</summary>
    public IReadOnlyDictionary<string, IReadOnlyList<BotCommandInfo>> CommandsByScope
    {
        get
        {
            lock (_state.Gate)
            {
                return _state.AllCommands();
            }
        }
    }

    /// <summary>Updates created but not yet confirmed by a later getUpdates offset.</summary>
    public int PendingUpdates
    {
        get
        {
            lock (_state.Gate)
            {
                return _state.Updates.PendingCount;
            }
        }
    }

    public int? LastUpdateId
    {
        get
        {
            lock (_state.Gate)
            {
                return _state.Updates.LastUpdateId;
            }
        }
    }

    public static async Task<BotApiEmulator> StartAsync(EmulatorOptions? options = null, CancellationToken cancellationToken = default)
    {
        var state = new EmulatorState(options ?? new EmulatorOptions());
        var builder = WebApplication.CreateEmptyBuilder(new WebApplicationOptions());
        builder.WebHost.UseKestrelCore().ConfigureKestrel(kestrel =>
        {
            kestrel.Listen(IPAddress.Loopback, 0);
            kestrel.AddServerHeader = false;
        });
        builder.Services.Configure<HostOptions>(host => host.ShutdownTimeout = TimeSpan.FromSeconds(2));
        var app = builder.Build();
        var endpoint = new BotApiEndpoint(state);
        app.Run(async http =>
        {
            try
            {
                await endpoint.HandleAsync(http).ConfigureAwait(false);
            }
            catch (OperationCanceledException) when (http.RequestAborted.IsCancellationRequested || state.Shutdown.IsCancellationRequested)
            {
                // The client or the emulator went away mid-answer; there is no one to tell.
            }
            catch (Exception error) when (!http.Response.HasStarted)
            {
                // Last resort for a failure outside any method (e.g. reading the request).
                await ApiResponseWriter.WriteErrorAsync(http.Response, 500, "Internal Server Error: emulator failed: " + error.Message, null, CancellationToken.None)
                    .ConfigureAwait(false);
            }
        });

        try
        {
            await app.StartAsync(cancellationToken).ConfigureAwait(false);
        }
        catch
        {
            await app.DisposeAsync().ConfigureAwait(false);
            state.Dispose();
            throw;
        }

        var address = app.Services.GetRequiredService<IServer>().Features.GetRequiredFeature<IServerAddressesFeature>().Addresses.First();
        return new BotApiEmulator(app, state, new Uri(address));
    }

    /// <summary>A new user with a private chat whose id equals the user id. Ids are unique within the emulator.</summary>
    /// <param name="username">Defaults to the first name in lower case, made unique.</param>
    /// <param name="startedBot">Whether the user has ever opened the bot; until then the bot's sends fail with 403, as on Telegram.</param>
    public ScriptedUser AddUser(string firstName, string? username = null, string? languageCode = "en", bool startedBot = true)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(firstName);
        lock (_state.Gate)
        {
            username ??= UniqueUsername(firstName);
            var user = new ScriptedUser(_state, _state.NewUserId(), firstName, username, languageCode, startedBot);
            _state.Register(user, user.Log);
            return user;
        }
    }

    /// <summary>
    /// A supergroup (id -100…) that the bot is a member of; <paramref name="admin"/> becomes its creator. With
    /// <paramref name="supergroup"/> false it is a basic group (type "group"), which can later be upgraded.
    /// </summary>
    public ScriptedGroup AddGroup(string title, ScriptedUser? admin = null, IEnumerable<ScriptedUser>? members = null, bool supergroup = true)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(title);
        ScriptedGroup group;
        lock (_state.Gate)
        {
            group = new ScriptedGroup(_state, supergroup ? _state.NewGroupId() : _state.NewBasicGroupId(), title, supergroup);
            _state.Register(group.Log);
        }

        if (admin is not null)
        {
            group.SetRole(admin, MemberRole.Creator, onlyIfAbsent: false);
        }

        foreach (var member in members ?? [])
        {
            group.AddMember(member);
        }

        return group;
    }

    /// <summary>Delivers an update again, same id and content, even if the bot already confirmed it: what Telegram does when an offset was not confirmed.</summary>
    public void RedeliverUpdate(int updateId)
    {
        lock (_state.Gate)
        {
            _state.Updates.Redeliver(updateId);
        }
    }

    /// <summary>
    /// Queues an update of <paramref name="type"/> whose body is <paramref name="json"/>, exactly as written: for updates
    /// the scripted users cannot make (a value Telegram adds tomorrow, a field of the wrong type). Returns its id, or
    /// null when the bot's allowed_updates excludes the type.
    /// </summary>
    public int? InjectRawUpdate(string type, string json)
    {
        lock (_state.Gate)
        {
            return _state.Updates.Enqueue(type, id => $"{{\"update_id\":{id},\"{type}\":{json}}}");
        }
    }

    /// <summary>
    /// Forgets every update not yet confirmed, as setWebhook or deleteWebhook with drop_pending_updates does: what a bot
    /// that was down never hears about (a group's migration, say) it must learn from Telegram's answers instead.
    /// </summary>
    public void DiscardPendingUpdates()
    {
        lock (_state.Gate)
        {
            _state.Updates.DropPending();
        }
    }

    /// <summary>Delivers the newest update once more and returns its id.</summary>
    public int DeliverDuplicateOfLast()
    {
        lock (_state.Gate)
        {
            var last = _state.Updates.LastUpdateId ?? throw new InvalidOperationException("No update has been created yet.");
            _state.Updates.Redeliver(last);
            return last;
        }
    }

    /// <summary>
    /// Waits until the bot has confirmed every update (its next getUpdates offset passed them). With a sequential
    /// receiver such as Telegram.Bot's, that means the bot has finished handling them.
    /// </summary>
    public Task WaitForUpdatesConsumed(TimeSpan? timeout = null) =>
        Waiting.UntilAsync(
            () =>
            {
                lock (_state.Gate)
                {
                    return (_state.Updates.PendingCount == 0, true, _state.Updates.Changed.Next);
                }
            },
            _state.Timeout(timeout),
            () => "the bot to confirm all updates. " + _state.DescribeBotActivity(),
            _state.Shutdown);

    /// <summary>Whether a getUpdates long poll is waiting right now.</summary>
    public bool BotIsPolling
    {
        get
        {
            lock (_state.Gate)
            {
                return _state.Updates.WaitingPolls > 0;
            }
        }
    }

    /// <summary>Waits until the bot has a long poll waiting, i.e. it is up and listening.</summary>
    public Task WaitForBotPolling(TimeSpan? timeout = null) =>
        Waiting.UntilAsync(
            () =>
            {
                lock (_state.Gate)
                {
                    return (_state.Updates.WaitingPolls > 0, true, _state.Updates.PollingChanged.Next);
                }
            },
            _state.Timeout(timeout),
            () => "the bot to start a getUpdates long poll (getUpdates with timeout > 0). " + _state.DescribeBotActivity(),
            _state.Shutdown);

    /// <summary>The URL the bot's setWebhook gave, or null while updates go by getUpdates.</summary>
    public Uri? WebhookUrl
    {
        get
        {
            lock (_state.Gate)
            {
                return _state.Webhook.Url;
            }
        }
    }

    /// <summary>Every POST to the bot's webhook so far, in order, with its outcome.</summary>
    public IReadOnlyList<WebhookDelivery> WebhookDeliveries
    {
        get
        {
            lock (_state.Gate)
            {
                return _state.Webhook.Deliveries;
            }
        }
    }

    /// <summary>
    /// Throws away the bot's next <paramref name="count"/> 2xx answers to webhook posts, as if the bot had died after
    /// storing the update and before answering: the emulator, as Telegram would, delivers the same update again.
    /// </summary>
    public void LoseNextWebhookAnswers(int count = 1)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(count);
        lock (_state.Gate)
        {
            _state.Webhook.AnswersToLose += count;
        }
    }

    /// <summary>Waits until the bot has set a webhook (to <paramref name="url"/>, when given), i.e. it is up and listening in webhook mode.</summary>
    public Task WaitForWebhook(Uri? url = null, TimeSpan? timeout = null) =>
        Waiting.UntilAsync(
            () =>
            {
                lock (_state.Gate)
                {
                    return (_state.Webhook.Url is { } set && (url is null || set == url), true, _state.Webhook.Changed.Next);
                }
            },
            _state.Timeout(timeout),
            () => $"the bot to set its webhook{(url is null ? "" : " to " + url)}. " + _state.DescribeBotActivity(),
            _state.Shutdown);

    /// <summary>Waits until a webhook POST matches (one already made counts), e.g. <c>d =&gt; d.AnswerLost</c>.</summary>
    public Task<WebhookDelivery> WaitForWebhookDelivery(Func<WebhookDelivery, bool> match, TimeSpan? timeout = null)
    {
        ArgumentNullException.ThrowIfNull(match);
        return Waiting.UntilAsync(
            () =>
            {
                lock (_state.Gate)
                {
                    var found = _state.Webhook.Deliveries.FirstOrDefault(match);
                    return (found is not null, found!, _state.Webhook.Changed.Next);
                }
            },
            _state.Timeout(timeout),
            () => "a webhook delivery matching the condition. " + _state.DescribeBotActivity(),
            _state.Shutdown);
    }

    /// <summary>Waits for the bot to make a call that matches (one already logged counts), e.g. <c>c =&gt; c.Method == "sendChatAction"</c>.</summary>
    public Task<ApiCall> WaitForCall(Func<ApiCall, bool> match, TimeSpan? timeout = null)
    {
        ArgumentNullException.ThrowIfNull(match);
        var seen = 0;
        return Waiting.UntilAsync(
            () =>
            {
                var (calls, next) = _state.CallsSince(seen);
                seen += calls.Count;
                var found = calls.FirstOrDefault(match);
                return (found is not null, found!, next);
            },
            _state.Timeout(timeout),
            () => "a Bot API call matching the condition. " + _state.DescribeBotActivity(),
            _state.Shutdown);
    }

    public IReadOnlyList<ApiCall> CallsTo(string method) =>
        [.. _state.Calls().Where(c => string.Equals(c.Method, method, StringComparison.OrdinalIgnoreCase))];

    public async ValueTask DisposeAsync()
    {
        if (Interlocked.Exchange(ref _disposed, 1) != 0)
        {
            return;
        }

        // Wake long polls and test waits first so the server has nothing left to wait for.
        _state.BeginShutdown();
        using (var stopping = new CancellationTokenSource(TimeSpan.FromSeconds(2)))
        {
            await _app.StopAsync(stopping.Token).ConfigureAwait(false);
        }

        await _app.DisposeAsync().ConfigureAwait(false);
        _state.Dispose();
    }

    // Caller holds the lock.
    private string UniqueUsername(string firstName)
    {
        var stem = new string([.. firstName.ToLowerInvariant().Where(char.IsAsciiLetterOrDigit)]);
        stem = stem.Length == 0 ? "user" : stem;
        var candidate = stem;
        for (var n = 2; _state.UsernameTaken(candidate); n++)
        {
            candidate = stem + n;
        }

        return candidate;
    }
}
