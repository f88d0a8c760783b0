using System.Diagnostics;

namespace HipBot.Tests.Support;

/// <summary>What the program printed and how it ended.</summary>
public sealed record ProgramRun(int ExitCode, string StdOut, string StdErr);

/// <summary>Runs the real HipBot.dll the tests were built against, as an operator would, with only the given settings from the environment.</summary>
public static class HipBotProcess
{
    private static readonly string[] Sections = ["Telegram__", "Database__", "Sender__", "Inbox__", "Http__", "Health__", "Metrics__", "Logging__"];

    public static async Task<ProgramRun> RunAsync(string workingDirectory, IReadOnlyList<string> args, IReadOnlyDictionary<string, string> environment)
    {
        using var process = Process.Start(StartInfo(workingDirectory, args, environment, redirect: true)) ?? throw new InvalidOperationException("dotnet did not start.");
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        using var deadline = new CancellationTokenSource(TimeSpan.FromSeconds(30));
        try
        {
            await process.WaitForExitAsync(deadline.Token);
        }
        catch (OperationCanceledException)
        {
            process.Kill(entireProcessTree: true);
            throw new TimeoutException($"HipBot did not stop within 30 s. stdout: {await stdout} stderr: {await stderr}");
        }
        return new ProgramRun(process.ExitCode, await stdout, await stderr);
    }

    /// <summary>Starts the bot and leaves it running: the caller stops it, or kills it as a power cut would. Its output is read and dropped.</summary>
    public static Process Start(string workingDirectory, IReadOnlyDictionary<string, string> environment)
    {
        var process = Process.Start(StartInfo(workingDirectory, [], environment, redirect: true)) ?? throw new InvalidOperationException("dotnet did not start.");
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        return process;
    }

    private static ProcessStartInfo StartInfo(string workingDirectory, IReadOnlyList<string> args, IReadOnlyDictionary<string, string> environment, bool redirect)
    {
        // HipBot.dll sits beside the tests, but its packages there are the tests' closure: run it with the tests'
        // runtimeconfig and deps files, which name the same frameworks (ASP.NET Core included).
        var program = typeof(HipBot.Shell.Hosting.StartupException).Assembly.Location;
        var tests = typeof(HipBotProcess).Assembly.Location;
        var runtimeConfig = Path.ChangeExtension(tests, ".runtimeconfig.json");
        var deps = Path.ChangeExtension(tests, ".deps.json");
        Assert.True(File.Exists(runtimeConfig) && File.Exists(deps), $"{runtimeConfig} or {deps} is missing: the program cannot be run from the test output.");
        var start = new ProcessStartInfo(DotnetHost())
        {
            WorkingDirectory = workingDirectory,
            RedirectStandardOutput = redirect,
            RedirectStandardError = redirect,
            UseShellExecute = false,
        };
        foreach (var arg in new[] { "exec", "--runtimeconfig", runtimeConfig, "--depsfile", deps, program }.Concat(args))
        {
            start.ArgumentList.Add(arg);
        }
        foreach (var name in start.Environment.Keys.Where(k => Sections.Any(section => k.StartsWith(section, StringComparison.OrdinalIgnoreCase))).ToList())
        {
            start.Environment.Remove(name);
        }
        foreach (var (name, value) in environment)
        {
            start.Environment[name] = value;
        }

        return start;
    }

    /// <summary>The dotnet host running these tests, so the program runs on the same runtime.</summary>
    private static string DotnetHost()
    {
        if (Environment.ProcessPath is { } current && Path.GetFileNameWithoutExtension(current) == "dotnet")
        {
            return current;
        }
        return Environment.GetEnvironmentVariable("DOTNET_HOST_PATH") is { Length: > 0 } host && File.Exists(host) ? host : "dotnet";
    }
}
