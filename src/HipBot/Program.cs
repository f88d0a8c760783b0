using HipBot.Shell.Hosting;
using HipBot.Shell.Operations;
using Microsoft.Extensions.Hosting;

// parked, parked retry, backup and --health: the operator's commands, beside a running bot; anything else runs the bot.
if (await OperatorCommands.TryRunAsync(args, Console.Out, Console.Error) is { } exitCode)
{
    return exitCode;
}

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
