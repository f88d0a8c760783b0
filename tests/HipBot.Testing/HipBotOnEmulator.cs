using System.Net;
using System.Net.Sockets;
using System.Security.Cryptography;
using HipBot.Shell.Hosting;
using HipBot.TelegramEmulator;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Hosting;

namespace HipBot.Testing;

/// <summary>
/// The real HipBot, built by <see cref="HipBotHost"/> as Program builds it, talking to a Bot API emulator through the
/// real Telegram.Bot client. Only the token, the API address, the database file and the business clock differ from
/// production; delivery keeps the real transport clock. The tests, the playground and the benchmarks all start the bot
/// through this, so they run it the same way.
/// </summary>
public sealed class HipBotOnEmulator
{
    public required BotApiEmulator Telegram { get; init; }

    public required string DatabasePath { get; init; }

    /// <summary>The business clock: users' days and reminders.</summary>
    public required TimeProvider Clock { get; init; }

    /// <summary>The command line, as Program gets it.</summary>
    public IReadOnlyList<string> Args { get; init; } = [];

    /// <summary>Settings over appsettings.json and <see cref="Args"/>; the emulator's token and address and <see cref="DatabasePath"/> win over them.</summary>
    public IReadOnlyDictionary<string, string?> Settings { get; init; } = new Dictionary<string, string?>();

    /// <summary>Anything else to set before the host is built: logging, a replaced service.</summary>
    public Action<HostApplicationBuilder>? Configure { get; init; }

    /// <summary>How the bot receives updates: the long poll (as by default in production) or the emulator posting to its webhook.</summary>
    public ReceiveMode Mode { get; init; } = ReceiveMode.Polling;

    /// <summary>Whether the bot opens its HTTP port (/health, /metrics) in polling mode too; webhook mode always does.</summary>
    public bool ListensOnHttp { get; init; }

    /// <summary>The bot's HTTP address (http://127.0.0.1:PORT), when it listens; a free port is taken for each bot built.</summary>
    public Uri? HttpAddress { get; private set; }

    /// <summary>Where the emulator posts updates in webhook mode.</summary>
    public Uri? WebhookUrl { get; private set; }

    /// <summary>The secret the bot expects with each webhook post, in webhook mode.</summary>
    public string WebhookSecret { get; } = Convert.ToHexString(RandomNumberGenerator.GetBytes(16));

    public IHost Build()
    {
        var overrides = new Dictionary<string, string?>
        {
            ["Telegram:BotToken"] = Telegram.Token,
            ["Telegram:ApiBaseUrl"] = Telegram.BaseUrl.ToString(),
            ["Database:Path"] = DatabasePath,
        };
        if (Mode == ReceiveMode.Webhook || ListensOnHttp)
        {
            HttpAddress = new Uri($"http://127.0.0.1:{FreePort()}");
            overrides["Http:ListenUrl"] = HttpAddress.ToString().TrimEnd('/');
        }
        if (Mode == ReceiveMode.Webhook)
        {
            WebhookUrl = new Uri(HttpAddress!, "/telegram/webhook");
            overrides["Telegram:WebhookUrl"] = WebhookUrl.ToString();
            overrides["Telegram:WebhookSecret"] = WebhookSecret;
        }
        return HipBotHost.Create([.. Args], builder =>
        {
            builder.Configuration.AddInMemoryCollection(Settings);
            builder.Configuration.AddInMemoryCollection(overrides);
            builder.Services.Replace(ServiceDescriptor.Singleton(Clock));
            Configure?.Invoke(builder);
        });
    }

    /// <summary>Builds the bot, starts it as Program does and waits until it long-polls the emulator, or has set its webhook.</summary>
    /// <param name="beforeStart">Runs once the settings are checked, before the database is migrated and the services start.</param>
    public async Task<IHost> StartAsync(Func<IHost, Task>? beforeStart = null, TimeSpan? pollingTimeout = null)
    {
        var host = Build();
        try
        {
            if (beforeStart is not null)
            {
                StartupChecks.Run(host.Services);
                await beforeStart(host);
            }
            await HipBotHost.StartAsync(host);
            if (Mode == ReceiveMode.Webhook)
            {
                await Telegram.WaitForWebhook(WebhookUrl, pollingTimeout);
            }
            else
            {
                await Telegram.WaitForBotPolling(pollingTimeout);
            }
            return host;
        }
        catch
        {
            host.Dispose();
            throw;
        }
    }

    /// <summary>
    /// A port nothing listens on now: the kernel's pick for port 0, let go at once. The bot must know its webhook's URL
    /// before it listens, so it cannot take port 0 itself; another process taking the same port in between is as
    /// unlikely as the kernel handing out one port twice in a row.
    /// </summary>
    private static int FreePort()
    {
        using var probe = new TcpListener(IPAddress.Loopback, 0);
        probe.Start();
        return ((IPEndPoint)probe.LocalEndpoint).Port;
    }
}

/// <summary>How the bot under test gets its updates.</summary>
public enum ReceiveMode
{
    Polling,
    Webhook,
}
