using HipBot.Shell.Logging;
using Microsoft.Extensions.Logging;
using global::Telegram.Bot.Exceptions;

namespace HipBot.Shell.Telegram;

/// <summary>
/// One short line for why a call to Telegram failed: what an operator reads in a log that retries every few seconds
/// while the API is unreachable, instead of the same exception chain and stack trace each time.
/// </summary>
internal static partial class FailureReason
{
    /// <summary>The whole exception, at Debug: there when an operator turns the detail up, out of the way otherwise.</summary>
    [LoggerMessage(EventId = LogEvents.TelegramFailureDetail, Level = LogLevel.Debug, Message = "Details of the failed {Call} call")]
    public static partial void Detail(ILogger logger, Exception exception, string call);

    public static string Of(Exception exception)
    {
        ArgumentNullException.ThrowIfNull(exception);
        if (exception is ApiRequestException api)
        {
            return $"Telegram answered {api.ErrorCode}: {FirstLine(api.Message)}";
        }
        var innermost = exception.GetBaseException();
        return innermost == exception
            ? $"{exception.GetType().Name}: {FirstLine(exception.Message)}"
            : $"{exception.GetType().Name}: {FirstLine(exception.Message)} ({innermost.GetType().Name}: {FirstLine(innermost.Message)})";
    }

    private static string FirstLine(string text)
    {
        var line = text.Split('\n', 2)[0].Trim();
        return line.Length <= 200 ? line : line[..200] + "…";
    }
}
