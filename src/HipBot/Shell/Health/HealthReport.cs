using System.Text.Json;
using System.Text.Json.Serialization;

namespace HipBot.Shell.Health;

/// <summary>One thing the health check looked at: its name, whether it is fine, and a line that says what was seen.</summary>
public sealed record HealthCheck(string Name, bool Ok, string Detail);

/// <summary>Whether HipBot is ready, and why not: what /health answers and the status file holds for <c>--health</c>.</summary>
public sealed record HealthReport(bool Ready, DateTimeOffset CheckedAt, IReadOnlyList<HealthCheck> Checks)
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web) { WriteIndented = false };

    /// <summary>"ready", or "not ready: " and each failing check's line.</summary>
    [JsonIgnore]
    public string Summary => Ready
        ? "ready"
        : "not ready: " + string.Join("; ", Checks.Where(c => !c.Ok).Select(c => $"{c.Name}: {c.Detail}"));

    public string ToJson() => JsonSerializer.Serialize(this, Json);

    public static HealthReport? FromJson(string json) => JsonSerializer.Deserialize<HealthReport>(json, Json);
}
