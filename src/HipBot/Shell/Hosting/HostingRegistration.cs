using Microsoft.Extensions.DependencyInjection;

namespace HipBot.Shell.Hosting;

internal static class HostingRegistration
{
    /// <summary>The business clock (users' days) and the transport clock (pacing, back-off); a test replaces the first.</summary>
    public static IServiceCollection AddClocks(this IServiceCollection services) => services
        .AddSingleton(TimeProvider.System)
        .AddSingleton(new TransportClock(TimeProvider.System));
}
