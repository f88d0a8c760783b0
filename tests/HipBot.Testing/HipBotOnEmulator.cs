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

    public IHost Build() => HipBotHost.Create([.. Args], builder =>
    {
        builder.Configuration.AddInMemoryCollection(Settings);
        builder.Configuration.AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["Telegram:BotToken"] = Telegram.Token,
            ["Telegram:ApiBaseUrl"] = Telegram.BaseUrl.ToString(),
            ["Database:Path"] = DatabasePath,
        });
        builder.Services.Replace(ServiceDescriptor.Singleton(Clock));
        Configure?.Invoke(builder);
    });

    /// <summary>Builds the bot, starts it as Program does and waits until it long-polls the emulator.</summary>
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
            await Telegram.WaitForBotPolling(pollingTimeout);
            return host;
        }
        catch
        {
            host.Dispose();
            throw;
        }
    }
}
