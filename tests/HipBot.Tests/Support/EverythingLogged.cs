using System.Collections;
using System.Collections.Concurrent;
using Microsoft.Extensions.Logging;

namespace HipBot.Tests.Support;

/// <summary>
/// A logger provider that keeps everything a provider is handed: the category, the event name, the message, each named
/// value, every scope, and every property of the exception and its inner ones. Whatever any provider could write is
/// made of these, so a text that is not here cannot reach a log.
/// </summary>
public sealed class EverythingLogged : ILoggerProvider, ISupportExternalScope
{
    private readonly ConcurrentQueue<string> calls = new();
    private IExternalScopeProvider? scopes;

    public IReadOnlyList<string> Calls => [.. calls];

    public ILogger CreateLogger(string categoryName) => new Logger(categoryName, this);

    public void SetScopeProvider(IExternalScopeProvider scopeProvider) => scopes = scopeProvider;

    public void Dispose()
    {
    }

    private static void AddValues(List<string?> seen, object? state)
    {
        if (state is IEnumerable<KeyValuePair<string, object?>> values)
        {
            foreach (var (key, value) in values)
            {
                seen.Add(key);
                seen.Add(value is IEnumerable items and not string ? string.Join(", ", items.Cast<object?>()) : value?.ToString());
            }
        }
    }

    private sealed class Logger(string category, EverythingLogged provider) : ILogger
    {
        public IDisposable? BeginScope<TState>(TState state) where TState : notnull => provider.scopes?.Push(state);

        public bool IsEnabled(LogLevel logLevel) => true;

        public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter)
        {
            var seen = new List<string?> { $"{logLevel} {category} {eventId.Id} {eventId.Name}", formatter(state, exception), state?.ToString() };
            AddValues(seen, state);
            provider.scopes?.ForEachScope((scope, list) =>
            {
                list.Add(scope?.ToString());
                AddValues(list, scope);
            }, seen);
            for (var e = exception; e is not null; e = e.InnerException)
            {
                seen.AddRange([e.GetType().FullName, e.Message, e.StackTrace, e.Source, e.HelpLink, e.TargetSite?.ToString(), e.ToString()]);
                seen.AddRange(e.Data.Cast<DictionaryEntry>().SelectMany(d => new[] { d.Key.ToString(), d.Value?.ToString() }));
            }
            provider.calls.Enqueue(string.Join('\n', seen));
        }
    }
}
