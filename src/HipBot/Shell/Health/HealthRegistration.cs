using HipBot.Shell.Hosting;
using Microsoft.Extensions.DependencyInjection;

namespace HipBot.Shell.Health;

internal static class HealthRegistration
{
    /// <summary>The readiness check behind /health, and the status file behind --health.</summary>
    public static IServiceCollection AddHealth(this IServiceCollection services)
    {
        services.AddCheckedOptions<HealthOptions>();
        services.AddSingleton<Heartbeats>();
        services.AddSingleton<ReadinessCheck>();
        services.AddSingleton<HealthRecorder>();
        services.AddHostedService(sp => sp.GetRequiredService<HealthRecorder>());
        return services;
    }
}
