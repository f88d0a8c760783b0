using System.Text;
using HipBot.Tests.Support;
using SkiaSharp;

namespace HipBot.Tests.Shell.Delivery;

/// <summary>Files and pictures live in the outbox as what they are made from, so a restart between queueing and sending loses nothing.</summary>
public class FileDeliveryTests
{
    private static readonly DateTimeOffset Evening = new(2026, 11, 24, 18, 0, 0, TimeSpan.Zero);

    [Fact]
    public async Task A_chart_and_an_export_queued_before_a_restart_are_sent_after_it()
    {
        HipBotApp? running = null;
        // Telegram refuses files until the new bot starts, so nothing can slip out before the restart.
        await using var app = running = await HipBotApp.StartAsync(now: Evening, services: _ => running?.Telegram.Faults.Clear());
        var ana = app.AddUser();
        await HipBotApp.OnboardAsync(ana, days: "days:127");
        await ana.Send("done");
        await ana.NextMessage();
        app.Telegram.Faults.FailNext("sendPhoto", 1000, 503, "Service Unavailable");
        app.Telegram.Faults.FailNext("sendDocument", 1000, 503, "Service Unavailable");

        await ana.Send("/stats");
        await ana.Send("/export");
        await app.Telegram.WaitForCall(c => c.Method == "sendPhoto" && c.ChatId == ana.ChatId && c.StatusCode == 503);
        await app.RestartAsync();

        Assert.StartsWith("📊 Your hip stats", (await ana.NextMessage()).Text, StringComparison.Ordinal);
        var picture = await ana.NextMessage();
        using var bitmap = SKBitmap.Decode(picture.Photo!.Content);
        Assert.Equal((1200, 800), (bitmap.Width, bitmap.Height));
        var checkIns = await ana.NextMessage();
        Assert.StartsWith("date,exercise,", Encoding.UTF8.GetString(checkIns.Document!.Content), StringComparison.Ordinal);
        Assert.Equal("hipbot-day-outcomes-2026-11-24.csv", (await ana.NextMessage()).Document!.FileName);
        await app.WaitUntilIdleAsync();
        Assert.Equal(0, ana.Unread);
    }
}
