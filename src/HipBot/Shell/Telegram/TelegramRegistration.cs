using HipBot.Shell.Health;
using HipBot.Shell.Hosting;
using HipBot.Shell.Metrics;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using global::Telegram.Bot;

namespace HipBot.Shell.Telegram;

internal static class TelegramRegistration
{
    /// <summary>The Bot API client, the token's redaction, and the command menu registered at start.</summary>
    public static IServiceCollection AddTelegram(this IServiceCollection services)
    {
        services.AddCheckedOptions<TelegramOptions>();
        services.AddSingleton(sp => new Redaction(TokenAsConfigured(sp)));
        services.AddSingleton<ITelegramBotClient>(sp => CreateClient(
            sp.GetRequiredService<IOptions<TelegramOptions>>().Value,
            new BotApiObserver(sp.GetRequiredService<HipBotMetrics>(), sp.GetRequiredService<Heartbeats>())));
        services.AddHostedService<CommandMenu>();
        return services;
    }

    /// <summary>The inbox: stored updates handed to the update handler, in order per chat, with retries.</summary>
    public static IServiceCollection AddInbox(this IServiceCollection services)
    {
        services.AddCheckedOptions<InboxOptions>();
        services.AddSingleton<InboxDoorbell>();
        services.AddSingleton<UpdateHandler>();
        services.AddSingleton<IUpdateHandling>(sp => sp.GetRequiredService<UpdateHandler>());
        services.AddSingleton<InboxProcessor>();
        services.AddHostedService(sp => sp.GetRequiredService<InboxProcessor>());
        return services;
    }

    /// <summary>
    /// The token as configured, valid or not, read without the options validation: the redaction serves the logging,
    /// which must work (and hide the token) even while start-up is refusing a bad setting.
    /// </summary>
    private static string TokenAsConfigured(IServiceProvider services) =>
        new OptionsFactory<TelegramOptions>(services.GetServices<IConfigureOptions<TelegramOptions>>(), services.GetServices<IPostConfigureOptions<TelegramOptions>>())
            .Create(Options.DefaultName).BotToken;

    /// <param name="observer">Sees every request go and come back, for the metrics and the health check.</param>
    private static TelegramBotClient CreateClient(TelegramOptions options, BotApiObserver observer) =>
        new(new TelegramBotClientOptions(options.BotToken, string.IsNullOrWhiteSpace(options.ApiBaseUrl) ? null : options.ApiBaseUrl)
        {
            // The outbox sender owns rate limiting; the client must not sleep inside a call on a 429.
            RetryThreshold = 0,
        }, new HttpClient(observer));
}
