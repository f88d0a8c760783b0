using HipBot.Core.Reports;
using HipBot.Shell.Charts;
using NodaTime;
using SkiaSharp;

namespace HipBot.Tests.Shell.Charts;

public class ProgressChartRendererTests
{
    private static readonly LocalDate FirstMonday = new(2026, 9, 7);

    /// <summary>Twelve weeks of a runner who moved up twice, with a missed week and this week under way.</summary>
    public static ProgressChart Typical() => new([.. Enumerable.Range(0, ProgressChart.WeekCount).Select(i => new ChartWeek(
        FirstMonday.PlusWeeks(i),
        Done: i == 5 ? 0 : Math.Min(3, 1 + (i % 3)),
        Partial: i % 4 == 0 ? 1 : 0,
        Planned: i < 8 ? 3 : 4,
        Upcoming: i == 11 ? 2 : 0,
        Level: i < 3 ? 2 : i < 8 ? 3 : 4))]);

    [Fact]
    public void The_chart_is_a_valid_png_of_the_size_a_phone_shows_well()
    {
        var png = ProgressChartRenderer.Render(Typical());

        Assert.Equal(new byte[] { 0x89, (byte)'P', (byte)'N', (byte)'G', 0x0D, 0x0A, 0x1A, 0x0A }, png[..8]);
        using var bitmap = SKBitmap.Decode(png);
        Assert.NotNull(bitmap);
        Assert.Equal((ProgressChartRenderer.Width, ProgressChartRenderer.Height), (bitmap.Width, bitmap.Height));
        // Well under Telegram's 10 MB for photos, and quick to send on a phone's connection.
        Assert.InRange(png.Length, 10_000, 300_000);
    }

    [Fact]
    public void The_picture_is_dark_with_light_text_and_coloured_bars()
    {
        using var bitmap = SKBitmap.Decode(ProgressChartRenderer.Render(Typical()));

        var corner = bitmap.GetPixel(2, 2);
        Assert.True(Brightness(corner) < 0.2, $"The background is {corner}, not dark.");
        // The title band holds light text: proof the embedded font drew, whatever fonts the machine has.
        var title = Pixels(bitmap, 0, 0, bitmap.Width, 70).Count(p => Brightness(p) > 0.7);
        Assert.True(title > 300, $"{title} light pixels in the title band.");
        var colours = Pixels(bitmap, 0, 0, bitmap.Width, bitmap.Height).ToList();
        Assert.Contains(colours, p => p.Green > 180 && p.Red < 120);
        Assert.Contains(colours, p => p.Red > 200 && p.Green > 160 && p.Blue < 120);
    }

    [Fact]
    public void An_empty_history_and_a_first_week_still_draw()
    {
        var empty = new ProgressChart([.. Enumerable.Range(0, ProgressChart.WeekCount).Select(i => new ChartWeek(FirstMonday.PlusWeeks(i), 0, 0, 0, 0, null))]);
        var oneWeek = new ProgressChart([new ChartWeek(FirstMonday, 0, 0, 3, 3, 1)]);

        Assert.All([empty, oneWeek], chart => Assert.NotNull(SKBitmap.Decode(ProgressChartRenderer.Render(chart))));
    }

    [Fact]
    public void Every_chart_text_is_set_in_the_font_inside_the_binary_never_a_system_one()
    {
        ProgressChartRenderer.Render(Typical());

        // A slim container has no fonts at all: anything left to the system would be drawn as nothing there.
        Assert.Equal(ChartFonts.Name, ScottPlot.Fonts.Default);
        var regular = ScottPlot.Fonts.GetTypeface(ChartFonts.Name, bold: false, italic: false);
        var bold = ScottPlot.Fonts.GetTypeface(ChartFonts.Name, bold: true, italic: false);
        Assert.Equal(("Lato", "Lato"), (regular.FamilyName, bold.FamilyName));
        Assert.True(bold.FontStyle.Weight > regular.FontStyle.Weight);
    }

    private static double Brightness(SKColor colour) => ((0.2126 * colour.Red) + (0.7152 * colour.Green) + (0.0722 * colour.Blue)) / 255;

    private static IEnumerable<SKColor> Pixels(SKBitmap bitmap, int left, int top, int right, int bottom)
    {
        for (var y = top; y < bottom; y += 2)
        {
            for (var x = left; x < right; x += 2)
            {
                yield return bitmap.GetPixel(x, y);
            }
        }
    }
}
