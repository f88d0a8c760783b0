using HipBot.Core.Reports;
using ScottPlot;
using SkiaSharp;

namespace HipBot.Shell.Charts;

/// <summary>
/// Draws the /stats picture (<see cref="ProgressChart"/>) as a PNG: a bar per week, green for full sessions and yellow
/// for partial ones over a dim bar for the week's plan (its days still to come only outlined), "sessions/planned" above
/// each, and a dotted line where the level changed. Dark, like Telegram's night theme, which also sits well in the day
/// theme; 1200 × 800 pixels drawn at 2.5 times the layout's scale, so it reads like a 480-pixel-wide layout: large text
/// that stays readable when a phone shows the picture 600 pixels wide or less.
/// </summary>
public static class ProgressChartRenderer
{
    public const int Width = 1200;
    public const int Height = 800;

    // 2.5 times the layout size: text and lines come out crisp at full size and still readable at half.
    private const double Scale = 2.5;
    private const double BarWidth = 0.72;

    private static readonly Color Background = Color.FromHex("#17212B");
    private static readonly Color Ink = Color.FromHex("#E8EEF3");
    private static readonly Color Muted = Color.FromHex("#8A9BAD");
    private static readonly Color GridLine = Color.FromHex("#243240");
    private static readonly Color PlanBar = Color.FromHex("#2B3B4C");
    private static readonly Color UpcomingOutline = Color.FromHex("#5C6F82");
    private static readonly Color DoneBar = Color.FromHex("#3DD68C");
    private static readonly Color PartialBar = Color.FromHex("#F5C451");
    private static readonly Color LevelMark = Color.FromHex("#82AAFF");

    public static byte[] Render(ProgressChart chart)
    {
        ArgumentNullException.ThrowIfNull(chart);
        ChartFonts.Install();
        using var plot = new Plot { ScaleFactor = Scale };
        Style(plot);
        var top = chart.Top();
        // Room above the highest bar for its count, and above that for the level names: a share of the scale, so a
        // seven-day week is as roomy as a three-day one.
        var headroom = Math.Max(1.3, top * 0.24);
        AddBars(plot, chart);
        AddCounts(plot, chart);
        AddLevels(plot, chart, top + (headroom * 0.92));
        AddAxes(plot, chart, top, top + headroom);
        return Encode(plot);
    }

    private static void Style(Plot plot)
    {
        plot.FigureBackground.Color = Background;
        plot.DataBackground.Color = Background;
        plot.Axes.Color(Muted);
        plot.Axes.FrameColor(Colors.Transparent);
        plot.Grid.MajorLineColor = GridLine;
        plot.Grid.XAxisStyle.IsVisible = false;
        plot.Font.Set(ChartFonts.Name);
        plot.Title(ProgressChart.Title, 17);
        plot.Axes.Title.Label.ForeColor = Ink;
        plot.Axes.Title.Label.Bold = true;
        plot.Axes.Top.IsVisible = false;
    }

    /// <summary>
    /// Layers per week: the plan behind (the days still to come only outlined on top of it), full sessions from the
    /// ground, partial ones on top of them.
    /// </summary>
    private static void AddBars(Plot plot, ProgressChart chart)
    {
        var planned = new List<Bar>();
        var upcoming = new List<Bar>();
        var done = new List<Bar>();
        var partial = new List<Bar>();
        for (var i = 0; i < chart.Weeks.Count; i++)
        {
            var week = chart.Weeks[i];
            planned.Add(Bar(i, 0, week.Planned - week.Upcoming, PlanBar));
            done.Add(Bar(i, 0, week.Done, DoneBar));
            partial.Add(Bar(i, week.Done, week.Sessions, PartialBar));
            // Only weeks with days to come get an outline: an empty one would still draw its dashes across the bar.
            if (week.Upcoming > 0)
            {
                upcoming.Add(new Bar
                {
                    Position = i, ValueBase = week.Planned - week.Upcoming, Value = week.Planned, Size = BarWidth - 0.04,
                    FillColor = Colors.Transparent, LineColor = UpcomingOutline, LineWidth = 1.5f, LinePattern = LinePattern.Dashed,
                });
            }
        }
        // Drawn in this order, each over the last; the legend reads in the order a user looks: what they did first.
        plot.Add.Bars(planned);
        if (upcoming.Count > 0)
        {
            plot.Add.Bars(upcoming);
        }
        plot.Add.Bars(done);
        plot.Add.Bars(partial);
        plot.Legend.ManualItems.Add(new LegendItem { LabelText = ProgressChart.DoneLegend, FillColor = DoneBar });
        plot.Legend.ManualItems.Add(new LegendItem { LabelText = ProgressChart.PartialLegend, FillColor = PartialBar });
        plot.Legend.ManualItems.Add(new LegendItem { LabelText = ProgressChart.PlannedLegend, FillColor = PlanBar });
        if (upcoming.Count > 0)
        {
            plot.Legend.ManualItems.Add(new LegendItem
            {
                LabelText = ProgressChart.UpcomingLegend, FillColor = Colors.Transparent,
                OutlineColor = UpcomingOutline, OutlineWidth = 1.5f, OutlinePattern = LinePattern.Dashed,
            });
        }
        plot.ShowLegend(Edge.Top);
        plot.Legend.BackgroundColor = Background;
        plot.Legend.OutlineColor = Colors.Transparent;
        plot.Legend.ShadowColor = Colors.Transparent;
        plot.Legend.FontColor = Ink;
        plot.Legend.FontSize = 13;
        plot.Legend.FontName = ChartFonts.Name;
        // Each item as wide as its own word, not as the widest one.
        plot.Legend.TightHorizontalWrapping = true;
    }

    private static Bar Bar(int week, double from, double to, Color color) =>
        new() { Position = week, ValueBase = from, Value = to, FillColor = color, LineWidth = 0, Size = BarWidth };

    private static void AddCounts(Plot plot, ProgressChart chart)
    {
        for (var i = 0; i < chart.Weeks.Count; i++)
        {
            if (chart.Count(i) is not { } count)
            {
                continue;
            }
            var week = chart.Weeks[i];
            var text = plot.Add.Text(count, i, Math.Max(week.Planned, week.Sessions));
            Label(text, Muted, bold: false);
            text.LabelAlignment = Alignment.LowerCenter;
            text.LabelOffsetY = -4;
        }
    }

    /// <summary>A dotted line between the weeks where the level changed, named at the top; the first level shown is named in passing.</summary>
    private static void AddLevels(Plot plot, ProgressChart chart, double labels)
    {
        if (chart.FirstLevel() is { } first)
        {
            var start = plot.Add.Text($"Level {first.Level}", first.Week - 0.5, labels);
            Label(start, Muted, bold: false);
            start.LabelAlignment = Alignment.UpperLeft;
        }
        foreach (var (week, level) in chart.LevelChanges())
        {
            var line = plot.Add.Line(week - 0.5, 0, week - 0.5, labels - 0.25);
            line.LineWidth = 1.5f;
            line.LineColor = LevelMark;
            line.LinePattern = LinePattern.Dotted;
            line.MarkerSize = 0;
            var name = plot.Add.Text($"Level {level}", week - 0.5, labels);
            Label(name, LevelMark, bold: true);
            name.LabelAlignment = Alignment.UpperCenter;
            // Drawn over the first level's name if both fall on the first week; the change is the news.
            name.LabelBackgroundColor = Background;
            name.LabelPadding = 3;
        }
    }

    private static void Label(ScottPlot.Plottables.Text text, Color color, bool bold)
    {
        text.LabelFontName = ChartFonts.Name;
        text.LabelFontSize = 12;
        text.LabelFontColor = color;
        text.LabelBold = bold;
    }

    /// <summary>
    /// Every other week is named, counting back from this week, so the labels never touch; the scale counts whole
    /// sessions up to the highest bar and no further, leaving the room above it to the counts and the level names.
    /// </summary>
    private static void AddAxes(Plot plot, ProgressChart chart, int top, double ceiling)
    {
        var weeks = new ScottPlot.TickGenerators.NumericManual();
        for (var i = chart.Weeks.Count - 1; i >= 0; i -= 2)
        {
            weeks.AddMajor(i, chart.Label(i));
        }
        plot.Axes.Bottom.TickGenerator = weeks;
        var sessions = new ScottPlot.TickGenerators.NumericManual();
        for (var n = 0; n <= top; n++)
        {
            sessions.AddMajor(n, n.ToString(System.Globalization.CultureInfo.InvariantCulture));
        }
        plot.Axes.Left.TickGenerator = sessions;
        plot.Axes.Bottom.MajorTickStyle.Length = 0;
        plot.Axes.Left.MajorTickStyle.Length = 0;
        plot.Axes.Left.MinorTickStyle.Length = 0;
        plot.Axes.Bottom.TickLabelStyle.FontSize = 13;
        plot.Axes.Left.TickLabelStyle.FontSize = 13;
        plot.Axes.Bottom.Label.IsVisible = false;
        // Room on the right for "this week", above the bars for the counts and the level names.
        plot.Axes.SetLimits(-0.6, chart.Weeks.Count - 0.3, 0, ceiling);
    }

    /// <summary>
    /// PNG with the "up" filter only: the picture is flat colour in rows, which that filter compresses as well as trying
    /// every filter does, in a fraction of the time (Skia's default spends most of a render choosing filters).
    /// </summary>
    private static byte[] Encode(Plot plot)
    {
        using var surface = SKSurface.Create(new SKImageInfo(Width, Height));
        plot.Render(surface);
        using var image = surface.Snapshot();
        using var pixels = image.PeekPixels();
        using var png = pixels.Encode(new SKPngEncoderOptions(SKPngEncoderFilterFlags.Up, 6))
            ?? throw new InvalidOperationException("Skia could not encode the chart as PNG.");
        return png.ToArray();
    }
}
