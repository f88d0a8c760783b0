using System.Diagnostics;

namespace HipBot.Benchmarks.EndToEnd;

/// <summary>
/// A bot running as its own process (HipBot.dll or HipBot.EchoBot.dll, both beside this benchmark), whose CPU time
/// (user + sys, from /proc) and peak resident memory (VmHWM) the benchmark reads while it works.
/// </summary>
internal sealed class BotProcess : IAsyncDisposable
{
    private readonly Process process;
    private readonly string logPath;

    private BotProcess(Process process, string logPath)
    {
        this.process = process;
        this.logPath = logPath;
    }

    public int Id => process.Id;

    /// <summary>Starts <paramref name="assembly"/> (a dll beside the benchmark) with its own runtime settings, the benchmark's dependency file and only the given settings.</summary>
    public static BotProcess Start(string assembly, IReadOnlyDictionary<string, string> environment, string logPath)
    {
        // The bots' dlls sit beside the benchmark, whose deps file names every package; each bot runs under its own
        // runtimeconfig, as it is deployed.
        var here = typeof(BotProcess).Assembly.Location;
        var bot = Path.Combine(Path.GetDirectoryName(here)!, assembly);
        var start = new ProcessStartInfo(DotnetHost())
        {
            WorkingDirectory = Path.GetDirectoryName(logPath)!,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var arg in new[]
        {
            "exec", "--runtimeconfig", Path.ChangeExtension(bot, ".runtimeconfig.json"), "--depsfile", Path.ChangeExtension(here, ".deps.json"), bot,
        })
        {
            start.ArgumentList.Add(arg);
        }
        foreach (var name in start.Environment.Keys.Where(k => k.Contains("__", StringComparison.Ordinal)).ToList())
        {
            start.Environment.Remove(name);
        }
        if (assembly == "HipBot.dll")
        {
            // As the container image runs it (Dockerfile): two malloc arenas.
            start.Environment["MALLOC_ARENA_MAX"] = "2";
        }
        foreach (var (name, value) in environment)
        {
            start.Environment[name] = value;
        }
        var process = Process.Start(start) ?? throw new InvalidOperationException("dotnet did not start.");
        var log = new StreamWriter(logPath) { AutoFlush = true };
        var gate = new Lock();
        process.OutputDataReceived += (_, e) => { lock (gate) { log.WriteLine(e.Data); } };
        process.ErrorDataReceived += (_, e) => { lock (gate) { log.WriteLine(e.Data); } };
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        process.Exited += (_, _) => { lock (gate) { log.Flush(); } };
        return new BotProcess(process, logPath);
    }

    /// <summary>User + system CPU time the process has used so far.</summary>
    public TimeSpan Cpu
    {
        get
        {
            // /proc/PID/stat: fields 14 and 15 (utime, stime) in clock ticks, after the command in parentheses.
            var stat = File.ReadAllText($"/proc/{process.Id}/stat");
            var fields = stat[(stat.LastIndexOf(')') + 2)..].Split(' ');
            var ticks = long.Parse(fields[11], System.Globalization.CultureInfo.InvariantCulture) + long.Parse(fields[12], System.Globalization.CultureInfo.InvariantCulture);
            return TimeSpan.FromSeconds(ticks / (double)ClockTicksPerSecond);
        }
    }

    /// <summary>The highest resident set size so far, in bytes (VmHWM).</summary>
    public long PeakRss
    {
        get
        {
            foreach (var line in File.ReadLines($"/proc/{process.Id}/status"))
            {
                if (line.StartsWith("VmHWM:", StringComparison.Ordinal))
                {
                    return long.Parse(line.Split(' ', StringSplitOptions.RemoveEmptyEntries)[1], System.Globalization.CultureInfo.InvariantCulture) * 1024;
                }
            }
            return 0;
        }
    }

    public bool HasExited => process.HasExited;

    public string Log => File.Exists(logPath) ? File.ReadAllText(logPath) : "";

    public async ValueTask DisposeAsync()
    {
        if (!process.HasExited)
        {
            // SIGTERM: the generic host stops cleanly on it; a bot that does not within 15 s is killed.
            using (var term = Process.Start("kill", ["-TERM", process.Id.ToString(System.Globalization.CultureInfo.InvariantCulture)]))
            {
                await term.WaitForExitAsync();
            }
            using var deadline = new CancellationTokenSource(TimeSpan.FromSeconds(15));
            try
            {
                await process.WaitForExitAsync(deadline.Token);
            }
            catch (OperationCanceledException)
            {
                process.Kill(entireProcessTree: true);
            }
        }
        process.Dispose();
    }

    // Linux's USER_HZ, the unit of /proc's CPU times, is 100 on every common build.
    private const int ClockTicksPerSecond = 100;

    private static string DotnetHost() =>
        Environment.ProcessPath is { } current && Path.GetFileNameWithoutExtension(current) == "dotnet" ? current
        : Environment.GetEnvironmentVariable("DOTNET_HOST_PATH") is { Length: > 0 } host && File.Exists(host) ? host
        : "dotnet";
}
