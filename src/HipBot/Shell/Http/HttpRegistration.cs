using HipBot.Shell.Hosting;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace HipBot.Shell.Http;

internal static class HttpRegistration
{
    /// <summary>The one HTTP port, when Http:ListenUrl opens one: the webhook, /health, /metrics.</summary>
    public static IServiceCollection AddHttpFront(this IServiceCollection services)
    {
        services.AddCheckedOptions<HttpOptions>();
        services.AddSingleton<IValidateOptions<HttpOptions>, HttpNeeds>();
        services.AddSingleton<HttpFront>();
        services.AddHostedService(sp => sp.GetRequiredService<HttpFront>());
        return services;
    }
}
