using System.Text.Json;

namespace HipBot.Shell.Health;

/// <summary>
/// The running bot's last health report, in a file beside the database (<c>hipbot.db.health</c>), for <c>--health</c>
/// in another process: a container's HEALTHCHECK then needs no port. Each report says until when it holds, so a bot
/// that died or hangs goes stale on its own.
/// </summary>
public sealed record HealthFile(string Path)
{
    public static HealthFile Beside(string databasePath) => new(databasePath + ".health");

    /// <summary>Replaces the file whole (written aside, then moved), so a reader never sees half a report.</summary>
    public void Write(HealthStatus status)
    {
        var temporary = Path + ".tmp";
        File.WriteAllText(temporary, JsonSerializer.Serialize(status, HealthStatus.Json));
        File.Move(temporary, Path, overwrite: true);
    }

    /// <summary>The status in the file; null when there is none (the bot never ran here).</summary>
    public HealthStatus? Read()
    {
        try
        {
            return JsonSerializer.Deserialize<HealthStatus>(File.ReadAllText(Path), HealthStatus.Json);
        }
        catch (FileNotFoundException)
        {
            return null;
        }
        catch (DirectoryNotFoundException)
        {
            return null;
        }
    }
}

/// <summary>What the file holds: the report, until when it holds, and whether the bot stopped on purpose.</summary>
public sealed record HealthStatus(HealthReport Report, DateTimeOffset ValidUntil, bool Stopped = false)
{
    internal static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);
}
