using HipBot.Shell.Telegram;
using Microsoft.Extensions.Logging;

namespace HipBot.Shell.Logging;

/// <summary>
/// Passes a log call on with everything a provider could write scrubbed: the message, each structured value, the scope
/// and the exception, which goes on as a <see cref="RedactedException"/> with its stack trace.
/// </summary>
internal sealed class RedactingLogger(ILogger inner, Redaction redaction) : ILogger
{
    public bool IsEnabled(LogLevel logLevel) => inner.IsEnabled(logLevel);

    public IDisposable? BeginScope<TState>(TState state) where TState : notnull => inner.BeginScope(RedactedLogState.Of(state, redaction));

    public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter)
    {
        if (!inner.IsEnabled(logLevel))
        {
            return;
        }
        var message = redaction.Scrub(formatter(state, exception));
        inner.Log(
            logLevel,
            new EventId(eventId.Id, eventId.Name is null ? null : redaction.Scrub(eventId.Name)),
            new RedactedLogState(state as IEnumerable<KeyValuePair<string, object?>>, message, redaction),
            exception is null ? null : new RedactedException(exception, redaction),
            static (scrubbed, _) => scrubbed.ToString());
    }
}
