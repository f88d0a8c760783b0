using HipBot.Core.Messages;
using HipBot.Shell.Charts;
using HipBot.Shell.Logging;
using Microsoft.Extensions.Logging;

namespace HipBot.Shell.Delivery;

/// <summary>
/// Draws a chart row's picture before its request's deadline starts (drawing is CPU work, and the first one loads the
/// native library and the font), and keeps it while the row is retried, so a 429 or a 5xx does not draw it again.
/// </summary>
internal sealed partial class ChartPictures(ILogger logger)
{
    private readonly Lock gate = new();
    private (long RowId, byte[]? Png)? last;

    /// <summary>The PNG for the row, or null when it cannot be drawn (the caption then goes as text).</summary>
    public byte[]? For(long rowId, SendChart chart)
    {
        lock (gate)
        {
            if (last is { } kept && kept.RowId == rowId)
            {
                return kept.Png;
            }
        }
        var png = Draw(chart);
        lock (gate)
        {
            last = (rowId, png);
        }
        return png;
    }

    private byte[]? Draw(SendChart chart)
    {
        try
        {
            return ProgressChartRenderer.Render(chart.Chart);
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            ChartNotDrawn(logger, ex, chart.ChatId);
            return null;
        }
    }

    [LoggerMessage(EventId = LogEvents.ChartNotDrawn, Level = LogLevel.Error, Message = "The chart for chat {ChatId} could not be drawn; its caption goes as text instead")]
    private static partial void ChartNotDrawn(ILogger logger, Exception exception, long chatId);
}
