using HipBot.Shell.Hosting;
using Microsoft.Extensions.DependencyInjection;

namespace HipBot.Shell.Delivery;

internal static class DeliveryRegistration
{
    /// <summary>The one sender of the outbox, and the pacing that keeps it inside Telegram's limits.</summary>
    public static IServiceCollection AddDelivery(this IServiceCollection services)
    {
        services.AddCheckedOptions<SenderOptions>();
        services.AddSingleton<OutboxDoorbell>();
        services.AddSingleton<SendPacer>();
        services.AddHostedService<OutboxSender>();
        return services;
    }
}
