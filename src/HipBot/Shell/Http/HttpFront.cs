using HipBot.Shell.Health;
using HipBot.Shell.Logging;
using HipBot.Shell.Metrics;
using HipBot.Shell.Webhook;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using OpenTelemetry.Metrics;

namespace HipBot.Shell.Http;

/// <summary>
/// HipBot's one HTTP port (Http:ListenUrl), opened only when it is set: Telegram's webhook at the path of
/// Telegram:WebhookUrl, GET /health for an orchestrator, and GET /metrics for Prometheus when Metrics:Enabled. A small
/// Kestrel app of its own inside the bot's host, so the bot keeps one composition root and polling needs no web stack;
/// it logs through the bot's redacting logger factory.
/// </summary>
public sealed partial class HttpFront(
    IServiceProvider services,
    IOptions<HttpOptions> http,
    IOptions<MetricsOptions> metrics,
    ILoggerFactory loggers,
    ILogger<HttpFront> logger) : IHostedService, IAsyncDisposable
{
    public const string HealthPath = "/health";
    public const string MetricsPath = "/metrics";

    private WebApplication? app;

    public async Task StartAsync(CancellationToken cancellationToken)
    {
        if (!http.Value.Listens)
        {
            return;
        }
        var builder = WebApplication.CreateEmptyBuilder(new WebApplicationOptions());
        builder.Services.AddLogging();
        builder.Services.Replace(ServiceDescriptor.Singleton(loggers));
        builder.WebHost.UseKestrelCore().UseUrls(http.Value.ListenUrl!).ConfigureKestrel(kestrel =>
        {
            kestrel.AddServerHeader = false;
            kestrel.Limits.MaxRequestBodySize = WebhookEndpoint.MaxBody;
        });
        app = builder.Build();
        if (metrics.Value.Enabled)
        {
            app.UseOpenTelemetryPrometheusScrapingEndpoint(services.GetRequiredService<MeterProvider>(), predicate: null!, MetricsPath,
                configureBranchedPipeline: null!, optionsName: null!);
        }
        var webhook = services.GetRequiredService<WebhookEndpoint>();
        var health = services.GetRequiredService<ReadinessCheck>();
        app.Run(context => context.Request.Path.Value switch
        {
            var path when webhook.Path.Length > 0 && path == webhook.Path => webhook.HandleAsync(context),
            HealthPath when HttpMethods.IsGet(context.Request.Method) || HttpMethods.IsHead(context.Request.Method) => AnswerHealthAsync(health, context),
            _ => NotFound(context),
        });
        await app.StartAsync(cancellationToken);
        var address = app.Urls.FirstOrDefault() ?? http.Value.ListenUrl!;
        Listening(logger, address);
    }

    public async Task StopAsync(CancellationToken cancellationToken)
    {
        if (app is not null)
        {
            await app.StopAsync(cancellationToken);
        }
    }

    public async ValueTask DisposeAsync()
    {
        if (app is not null)
        {
            await app.DisposeAsync();
        }
    }

    /// <summary>200 and the report when ready, 503 and the report when not.</summary>
    private static async Task AnswerHealthAsync(ReadinessCheck health, HttpContext context)
    {
        var report = await health.CheckAsync(context.RequestAborted);
        context.Response.StatusCode = report.Ready ? StatusCodes.Status200OK : StatusCodes.Status503ServiceUnavailable;
        context.Response.Headers.CacheControl = "no-store";
        context.Response.ContentType = "application/json";
        await context.Response.WriteAsync(report.ToJson(), context.RequestAborted);
    }

    private static Task NotFound(HttpContext context)
    {
        context.Response.StatusCode = StatusCodes.Status404NotFound;
        return Task.CompletedTask;
    }

    [LoggerMessage(EventId = LogEvents.HttpListening, Level = LogLevel.Information, Message = "Listening on {Addresses}")]
    private static partial void Listening(ILogger logger, string addresses);
}
