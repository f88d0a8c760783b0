using HipBot.Shell.Telegram;
using Microsoft.Extensions.Logging;

namespace HipBot.Shell.Logging;

/// <summary>
/// The logger factory every logger in the container comes from (<c>ILogger&lt;T&gt;</c> included, HipBot's and
/// third-party ones alike): it hands out loggers that scrub the token before any provider sees a log call.
/// </summary>
/// <remarks>
/// It wraps the factory rather than each provider, so the providers keep their own types: filters set per provider
/// (<c>Logging:Console:LogLevel</c>, <c>AddFilter&lt;TProvider&gt;</c>) still find them, and scopes reach the
/// providers' shared scope store already scrubbed.
/// </remarks>
internal sealed class RedactingLoggerFactory(ILoggerFactory inner, Redaction redaction) : ILoggerFactory
{
    public ILogger CreateLogger(string categoryName) => new RedactingLogger(inner.CreateLogger(categoryName), redaction);

    public void AddProvider(ILoggerProvider provider) => inner.AddProvider(provider);

    public void Dispose()
    {
        // The container owns the inner factory and disposes it (and its providers) itself.
    }
}
