using HipBot.Shell.Telegram;

namespace HipBot.Shell.Logging;

/// <summary>
/// Stands in for a logged exception: its text, stack trace and inner exceptions as the original's, with the token
/// scrubbed, and nothing else a provider could print (no Data, no target method).
/// </summary>
/// <remarks>ToString() is the original's, so it starts with the original type's name and shows every inner exception.</remarks>
internal sealed class RedactedException : Exception
{
    private readonly string text;
    private readonly string? stackTrace;

    public RedactedException(Exception original, Redaction redaction)
        : base(redaction.Scrub(original.Message), original.InnerException is { } inner ? new RedactedException(inner, redaction) : null)
    {
        text = redaction.Scrub(original.ToString());
        stackTrace = original.StackTrace is { } trace ? redaction.Scrub(trace) : null;
        OriginalType = original.GetType().FullName ?? original.GetType().Name;
        Source = original.Source is { } source ? redaction.Scrub(source) : null;
        HResult = original.HResult;
    }

    /// <summary>The type of the exception this stands in for, e.g. "System.Net.Http.HttpRequestException".</summary>
    public string OriginalType { get; }

    public override string? StackTrace => stackTrace;

    public override string ToString() => text;
}
