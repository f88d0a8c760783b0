using HipBot.Shell.Hosting;

namespace HipBot.Shell.Logging;

/// <summary>
/// The console's log format, .NET's own setting Logging:Console:FormatterName: "simple" (the default), "json" (one JSON
/// object a line, for log collectors) or "systemd". Checked here because the console logger takes a name it does not
/// know silently and writes plain text anyway. Every format writes what the redacting logger factory passed on.
/// </summary>
public sealed class ConsoleLogFormat : IOptionsSection
{
    public const string Section = "Logging:Console";

    private static readonly string[] Known = ["simple", "json", "systemd"];

    static string IOptionsSection.Section => Section;

    public string? FormatterName { get; set; }

    public IEnumerable<string> Problems()
    {
        if (FormatterName is { } name && !Known.Contains(name, StringComparer.OrdinalIgnoreCase))
        {
            yield return "Logging__Console__FormatterName must be simple, json or systemd.";
        }
    }
}
