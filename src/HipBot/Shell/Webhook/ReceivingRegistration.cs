using HipBot.Shell.Telegram;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;

namespace HipBot.Shell.Webhook;

internal static class ReceivingRegistration
{
    /// <summary>
    /// How updates reach the inbox: the long poll (the default) or Telegram's webhook (Telegram:WebhookUrl). The switch
    /// tells Telegram which at start; the long poll runs only in polling mode. Chosen when the host starts, once every
    /// setting is in.
    /// </summary>
    public static IServiceCollection AddReceiving(this IServiceCollection services)
    {
        services.AddSingleton<WebhookEndpoint>();
        services.AddHostedService<WebhookSwitch>();
        services.AddSingleton<PollingReceiver>();
        services.AddSingleton<IHostedService>(sp => sp.GetRequiredService<IOptions<TelegramOptions>>().Value.UsesWebhook
            ? new NoPolling()
            : sp.GetRequiredService<PollingReceiver>());
        return services;
    }

    /// <summary>Webhook mode: Telegram posts the updates, nothing polls.</summary>
    private sealed class NoPolling : IHostedService
    {
        public Task StartAsync(CancellationToken cancellationToken) => Task.CompletedTask;

        public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
    }
}
