using BenchmarkDotNet.Attributes;
using HipBot.Core.Reports;
using HipBot.Shell.Charts;
using NodaTime;

namespace HipBot.Benchmarks;

/// <summary>
/// Drawing the /stats picture, as the sender does for each chart row: ScottPlot lays it out over SkiaSharp, and the
/// PNG is encoded. The first render in a process also loads the native library and the embedded font (see README).
/// </summary>
[MemoryDiagnoser]
public class ChartBenchmarks
{
    private readonly ProgressChart typical = new([.. Enumerable.Range(0, ProgressChart.WeekCount).Select(i => new ChartWeek(
        new LocalDate(2026, 9, 7).PlusWeeks(i),
        Done: i == 5 ? 0 : i == 11 ? 1 : Math.Min(3, 1 + (i % 3)),
        Partial: i % 4 == 0 && i < 11 ? 1 : 0,
        Planned: i < 8 ? 3 : 4,
        Upcoming: i == 11 ? 2 : 0,
        Level: i < 3 ? 2 : i < 8 ? 3 : 4))]);

    [Benchmark]
    public int Render() => ProgressChartRenderer.Render(typical).Length;
}
