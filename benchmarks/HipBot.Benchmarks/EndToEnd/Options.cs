using System.Globalization;

namespace HipBot.Benchmarks.EndToEnd;

/// <summary>The command line of the plain timed runs: "--name value".</summary>
internal static class Options
{
    public static int Int(string[] args, string name, int fallback) =>
        String(args, name, null) is { } value ? int.Parse(value, CultureInfo.InvariantCulture) : fallback;

    public static string? String(string[] args, string name, string? fallback)
    {
        var at = Array.IndexOf(args, name);
        return at >= 0 && at + 1 < args.Length ? args[at + 1] : fallback;
    }
}
