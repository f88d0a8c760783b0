using HipBot.Shell.Hosting;
using Microsoft.Extensions.Hosting;

try
{
    using var host = HipBotHost.Create(args);
    await HipBotHost.StartAsync(host);
    await host.WaitForShutdownAsync();
    return 0;
}
catch (StartupException ex)
{
    // A settings problem: one line that says what to fix, no stack trace.
    await Console.Error.WriteLineAsync("HipBot cannot start: " + ex.Message);
    return 2;
}
