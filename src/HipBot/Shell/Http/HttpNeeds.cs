using HipBot.Shell.Metrics;
using HipBot.Shell.Telegram;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Options;

namespace HipBot.Shell.Http;

/// <summary>
/// The settings that need a port: webhook mode and metrics. Read from the configuration itself rather than the other
/// sections' options, so a bad value there is reported once, by its own section, not again here.
/// </summary>
internal sealed class HttpNeeds(IConfiguration configuration) : IValidateOptions<HttpOptions>
{
    public ValidateOptionsResult Validate(string? name, HttpOptions options)
    {
        if (options.Listens)
        {
            return ValidateOptionsResult.Success;
        }
        var problems = new List<string>();
        if (!string.IsNullOrWhiteSpace(configuration[$"{TelegramOptions.Section}:{nameof(TelegramOptions.WebhookUrl)}"]))
        {
            problems.Add("Telegram__WebhookUrl needs Http__ListenUrl, the address HipBot listens on behind the reverse proxy, such as http://0.0.0.0:8080.");
        }
        if (bool.TryParse(configuration[$"{MetricsOptions.Section}:{nameof(MetricsOptions.Enabled)}"], out var enabled) && enabled)
        {
            problems.Add("Metrics__Enabled needs Http__ListenUrl, the address /metrics is served on, such as http://0.0.0.0:8080.");
        }
        return problems.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(problems);
    }
}
