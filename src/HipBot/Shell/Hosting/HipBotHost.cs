using HipBot.Shell.Delivery;
using HipBot.Shell.Scheduling;
using HipBot.Shell.Storage;
using HipBot.Shell.Telegram;
using HipBot.Shell.Turns;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;
using global::Telegram.Bot;

namespace HipBot.Shell.Hosting;

/// <summary>The composition root, shared by Program and the tests so both run the same bot.</summary>
public static class HipBotHost
{
    /// <param name="configure">Lets a test add settings or replace a service (a fake clock) before the host is built.</param>
    public static IHost Create(string[] args, Action<HostApplicationBuilder>? configure = null)
    {
        var builder = Host.CreateApplicationBuilder(new HostApplicationBuilderSettings
        {
            Args = args,
            // appsettings.json is copied beside the binary; `dotnet run` would otherwise look in src/HipBot.
            ContentRootPath = AppContext.BaseDirectory,
        });

        var services = builder.Services;
        services.Configure<TelegramOptions>(builder.Configuration.GetSection(TelegramOptions.Section));
        services.Configure<DatabaseOptions>(builder.Configuration.GetSection(DatabaseOptions.Section));
        services.Configure<SenderOptions>(builder.Configuration.GetSection(SenderOptions.Section));
        services.Configure<InboxOptions>(builder.Configuration.GetSection(InboxOptions.Section));

        services.AddSingleton(TimeProvider.System);
        services.AddSingleton(new TransportClock(TimeProvider.System));
        services.AddSingleton(sp => new Redaction(sp.GetRequiredService<IOptions<TelegramOptions>>().Value.BotToken));
        services.AddSingleton<ITelegramBotClient>(sp => CreateClient(sp.GetRequiredService<IOptions<TelegramOptions>>().Value));

        services.AddSingleton<Database>();
        services.AddSingleton<Migrator>();
        services.AddSingleton<InboxStore>();
        services.AddSingleton<OutboxStore>();
        services.AddSingleton<InboxDoorbell>();
        services.AddSingleton<OutboxDoorbell>();
        services.AddSingleton<SendPacer>();
        services.AddSingleton<PlanStore>();
        services.AddSingleton<ChatStore>();
        services.AddSingleton<CheckInStore>();
        services.AddSingleton<OutcomeStore>();
        services.AddSingleton<TurnStore>();
        services.AddSingleton<TurnPipeline>();
        services.AddSingleton<UpdateHandler>();
        services.AddSingleton<IUpdateHandling>(sp => sp.GetRequiredService<UpdateHandler>());
        services.AddSingleton<InboxProcessor>();
        services.AddSingleton<PlanScheduler>();

        services.AddHostedService<CommandMenu>();
        services.AddHostedService(sp => sp.GetRequiredService<InboxProcessor>());
        services.AddHostedService<OutboxSender>();
        services.AddHostedService(sp => sp.GetRequiredService<PlanScheduler>());
        services.AddHostedService<Housekeeping>();
        services.AddHostedService<PollingReceiver>();

        configure?.Invoke(builder);
        (builder.Configuration.GetSection(TelegramOptions.Section).Get<TelegramOptions>() ?? new TelegramOptions()).Validate();
        return builder.Build();
    }

    /// <summary>Migrates the database, then starts every service; a <see cref="StartupException"/> stops it before anything runs.</summary>
    public static async Task StartAsync(IHost host, CancellationToken cancellationToken = default)
    {
        await host.Services.GetRequiredService<Migrator>().MigrateAsync(cancellationToken);
        await host.StartAsync(cancellationToken);
    }

    private static TelegramBotClient CreateClient(TelegramOptions options) =>
        new(new TelegramBotClientOptions(options.BotToken, string.IsNullOrWhiteSpace(options.ApiBaseUrl) ? null : options.ApiBaseUrl)
        {
            // The outbox sender owns rate limiting; the client must not sleep inside a call on a 429.
            RetryThreshold = 0,
        });
}
