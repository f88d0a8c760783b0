using HipBot.Shell.Hosting;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using OpenTelemetry.Metrics;

namespace HipBot.Shell.Metrics;

internal static class MetricsRegistration
{
    /// <summary>
    /// HipBot's instruments, always recorded; OpenTelemetry reads them for the Prometheus endpoint only when
    /// Metrics:Enabled, so without it no reader listens and recording costs next to nothing.
    /// </summary>
    public static IServiceCollection AddHipBotMetrics(this IServiceCollection services)
    {
        services.AddCheckedOptions<MetricsOptions>();
        services.AddMetrics();
        services.AddSingleton<HipBotMetrics>();
        // Whether to listen is known only once every setting is in, so the meter is added when the provider is built.
        services.AddOpenTelemetry().WithMetrics(metrics => ((IDeferredMeterProviderBuilder)metrics.AddPrometheusExporter()).Configure((sp, builder) =>
        {
            if (sp.GetRequiredService<IOptions<MetricsOptions>>().Value.Enabled)
            {
                builder.AddMeter(HipBotMetrics.MeterName);
            }
        }));
        return services;
    }
}
