using System.Collections.Concurrent;
using System.Diagnostics.Metrics;
using HipBot.Shell.Metrics;
using Microsoft.Extensions.DependencyInjection;

namespace HipBot.Tests.Support;

/// <summary>
/// Every measurement of one running bot's "HipBot" meter, read as a dashboard would: sums of counters, counts of
/// histograms, and the gauges' values now. Only that bot's meter is heard (by its host's <see cref="IMeterFactory"/>),
/// so bots of other tests running beside it in the process do not add to the numbers.
/// </summary>
public sealed class MetricsCapture : IDisposable
{
    private readonly MeterListener listener = new();
    private readonly ConcurrentQueue<(string Instrument, double Value, KeyValuePair<string, object?>[] Tags)> measurements = new();

    public MetricsCapture(IServiceProvider services)
    {
        var factory = services.GetRequiredService<IMeterFactory>();
        // The instruments exist once the metrics do.
        services.GetRequiredService<HipBotMetrics>();
        listener.InstrumentPublished = (instrument, l) =>
        {
            if (instrument.Meter.Name == HipBotMetrics.MeterName && ReferenceEquals(instrument.Meter.Scope, factory))
            {
                l.EnableMeasurementEvents(instrument);
            }
        };
        listener.SetMeasurementEventCallback<long>((instrument, value, tags, _) => measurements.Enqueue((instrument.Name, value, tags.ToArray())));
        listener.SetMeasurementEventCallback<double>((instrument, value, tags, _) => measurements.Enqueue((instrument.Name, value, tags.ToArray())));
        listener.Start();
    }

    /// <summary>The sum of every value recorded by <paramref name="instrument"/> with all of <paramref name="tags"/>.</summary>
    public double Sum(string instrument, params (string Key, string Value)[] tags) => Matching(instrument, tags).Sum(m => m.Value);

    /// <summary>How many values <paramref name="instrument"/> recorded with all of <paramref name="tags"/> (a histogram's count).</summary>
    public int Count(string instrument, params (string Key, string Value)[] tags) => Matching(instrument, tags).Count();

    /// <summary>An observable gauge's value now.</summary>
    public double Gauge(string instrument)
    {
        var before = measurements.Count;
        listener.RecordObservableInstruments();
        return measurements.Skip(before).Last(m => m.Instrument == instrument).Value;
    }

    public void Dispose() => listener.Dispose();

    private IEnumerable<(string Instrument, double Value, KeyValuePair<string, object?>[] Tags)> Matching(string instrument, (string Key, string Value)[] tags) =>
        measurements.Where(m => m.Instrument == instrument
            && tags.All(t => m.Tags.Any(tag => tag.Key == t.Key && Equals(tag.Value?.ToString(), t.Value))));
}
