using System.Collections;
using System.Globalization;
using HipBot.Shell.Telegram;

namespace HipBot.Shell.Logging;

/// <summary>
/// A log call's state or scope with the token scrubbed: its text, and each of its named values for providers that write
/// them one by one (JSON, EventSource).
/// </summary>
internal sealed class RedactedLogState : IReadOnlyList<KeyValuePair<string, object?>>
{
    private readonly KeyValuePair<string, object?>[] values;
    private readonly string text;

    public RedactedLogState(IEnumerable<KeyValuePair<string, object?>>? values, string scrubbedText, Redaction redaction)
    {
        this.values = values is null ? [] : [.. values.Select(v => new KeyValuePair<string, object?>(redaction.Scrub(v.Key), Scrub(v.Value, redaction)))];
        text = scrubbedText;
    }

    /// <summary>A scope's state, scrubbed: named values stay named; anything else becomes its scrubbed text.</summary>
    public static object Of<TState>(TState state, Redaction redaction) where TState : notnull =>
        state is IEnumerable<KeyValuePair<string, object?>> values
            ? new RedactedLogState(values, redaction.Scrub(state.ToString() ?? ""), redaction)
            : redaction.Scrub(state.ToString() ?? "");

    public KeyValuePair<string, object?> this[int index] => values[index];

    public int Count => values.Length;

    public IEnumerator<KeyValuePair<string, object?>> GetEnumerator() => ((IEnumerable<KeyValuePair<string, object?>>)values).GetEnumerator();

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();

    public override string ToString() => text;

    /// <summary>
    /// Numbers, dates and the like keep their type, since their text cannot hold a token; anything else (a string, an
    /// object whose ToString might quote a URL) goes on only as scrubbed text.
    /// </summary>
    private static object? Scrub(object? value, Redaction redaction) => value switch
    {
        null => null,
        string text => redaction.Scrub(text),
        Enum or decimal or DateTime or DateTimeOffset or TimeSpan or Guid => value,
        _ when value.GetType().IsPrimitive => value,
        IEnumerable items => redaction.Scrub(string.Join(", ", items.Cast<object?>().Select(i => Convert.ToString(i, CultureInfo.InvariantCulture)))),
        _ => redaction.Scrub(Convert.ToString(value, CultureInfo.InvariantCulture) ?? ""),
    };
}
