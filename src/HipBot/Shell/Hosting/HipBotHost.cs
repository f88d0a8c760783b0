using HipBot.Shell.Delivery;
using HipBot.Shell.Groups;
using HipBot.Shell.Health;
using HipBot.Shell.Http;
using HipBot.Shell.Logging;
using HipBot.Shell.Metrics;
using HipBot.Shell.Scheduling;
using HipBot.Shell.Storage;
using HipBot.Shell.Telegram;
using HipBot.Shell.Turns;
using HipBot.Shell.Webhook;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

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

        builder.Services
            .AddClocks()
            .AddLogFormat()
            .AddStorage()
            .AddTurns()
            .AddTelegram()
            .AddInbox()
            .AddDelivery()
            .AddScheduling()
            .AddGroups()
            .AddHipBotMetrics()
            .AddHealth()
            // The port for the webhook, /health and /metrics: open before the webhook is set, closed after it stops.
            .AddHttpFront()
            // Last, so updates arrive only once everything that handles them runs, and stop arriving first on shutdown.
            .AddReceiving();

        configure?.Invoke(builder);
        // After the caller's set-up, so whatever providers it added log through the redaction too.
        builder.Services.AddRedactedLogging();
        return builder.Build();
    }

    /// <summary>
    /// Checks the settings, migrates the database, then starts every service; a <see cref="StartupException"/> stops it
    /// before anything runs, and a bad setting before the database is touched.
    /// </summary>
    public static async Task StartAsync(IHost host, CancellationToken cancellationToken = default)
    {
        StartupChecks.Run(host.Services);
        await host.Services.GetRequiredService<Migrator>().MigrateAsync(cancellationToken);
        await TokenCheck.RunAsync(host.Services, cancellationToken);
        await host.StartAsync(cancellationToken);
    }
}
