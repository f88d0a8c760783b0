using Microsoft.Extensions.DependencyInjection;

namespace HipBot.Shell.Scheduling;

internal static class SchedulingRegistration
{
    /// <summary>The clock-driven scheduler of daily plans; registered once, so a test can run its tick by hand.</summary>
    public static IServiceCollection AddScheduling(this IServiceCollection services)
    {
        services.AddSingleton<PlanScheduler>();
        services.AddHostedService(sp => sp.GetRequiredService<PlanScheduler>());
        return services;
    }
}
