using HipBot.Shell.Hosting;

namespace HipBot.Shell.Metrics;

/// <summary>Whether HipBot serves its metrics to Prometheus (section "Metrics").</summary>
public sealed class MetricsOptions : IOptionsSection
{
    public const string Section = "Metrics";

    static string IOptionsSection.Section => Section;

    /// <summary>Serve /metrics in Prometheus' text format on Http__ListenUrl.</summary>
    public bool Enabled { get; set; }

    public IEnumerable<string> Problems() => [];
}
