using System.Text;
using HipBot.Playground;
using HipBot.Shell.Hosting;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

Console.OutputEncoding = Encoding.UTF8;

PlaygroundOptions options;
try
{
    options = PlaygroundOptions.Parse(args);
}
catch (ArgumentException error)
{
    await Console.Error.WriteLineAsync(error.Message + Environment.NewLine + Environment.NewLine + PlaygroundOptions.Usage);
    return 2;
}
if (options.Help)
{
    Console.WriteLine(PlaygroundOptions.Usage);
    Console.WriteLine(Playground.Commands);
    return 0;
}
if (options.Script is { } script && !File.Exists(script))
{
    await Console.Error.WriteLineAsync($"No script at {Path.GetFullPath(script)}.");
    return 2;
}

Playground playground;
try
{
    playground = await Playground.StartAsync(options, Console.Out);
}
catch (StartupException error)
{
    await Console.Error.WriteLineAsync("HipBot cannot start: " + error.Message);
    return 2;
}

await using (playground)
{
    var user = playground.User;
    playground.Printer.Say(
        $"HipBot playground: you are {user.FirstName} (chat {user.ChatId}) talking to @{playground.Telegram.BotUsername} " +
        $"through the Bot API emulator at {playground.Telegram.BaseUrl}." + Environment.NewLine +
        $"The bot's calendar says {Playground.Describe(playground.Now, NodaTime.DateTimeZone.Utc)}; its database is " +
        (playground.TemporaryDatabase ? "a temporary file." : playground.DatabasePath + "."));

    if (options.Script is not null)
    {
        // The watcher prints each bot message and edit the moment it arrives, so the output keeps the chat's order.
        var stopping = playground.Host.Services.GetRequiredService<IHostApplicationLifetime>().ApplicationStopping;
        using var stop = new CancellationTokenSource();
        var watcher = playground.Printer.WatchAsync(before: () => { }, after: () => { }, stop.Token);
        try
        {
            foreach (var line in await File.ReadAllLinesAsync(options.Script))
            {
                if (stopping.IsCancellationRequested)
                {
                    return 130; // Ctrl+C
                }
                if (line.TrimStart().StartsWith('#'))
                {
                    continue; // comments, in scripts only
                }
                if (!await playground.RunLineAsync(line, echo: true))
                {
                    break;
                }
            }
            await playground.SettleAsync();
        }
        finally
        {
            await stop.CancelAsync();
            await watcher;
        }
        return playground.HadErrors ? 1 : 0;
    }

    playground.Printer.Say("Type a message (try /start), or !help for the playground's commands.");
    await ChatAsync(playground);
    return 0;
}

// Reads lines until !quit, end of input or Ctrl+C, printing the bot's messages as they come, even between lines.
static async Task ChatAsync(Playground playground)
{
    var prompt = playground.User.FirstName + "> ";
    var atPrompt = false;
    var lifetime = playground.Host.Services.GetRequiredService<IHostApplicationLifetime>();
    using var stop = CancellationTokenSource.CreateLinkedTokenSource(lifetime.ApplicationStopping);
    var watcher = playground.Printer.WatchAsync(
        before: () =>
        {
            if (Volatile.Read(ref atPrompt))
            {
                Console.WriteLine();
            }
        },
        after: () =>
        {
            if (Volatile.Read(ref atPrompt))
            {
                Console.Write(prompt);
            }
        },
        stop.Token);
    try
    {
        while (true)
        {
            Console.Write(prompt);
            Volatile.Write(ref atPrompt, true);
            var read = Task.Run(Console.In.ReadLine);
            await Task.WhenAny(read, Task.Delay(Timeout.Infinite, stop.Token));
            Volatile.Write(ref atPrompt, false);
            if (!read.IsCompleted || await read is not { } line)
            {
                Console.WriteLine();
                return; // Ctrl+C (the host is stopping) or end of input
            }
            if (!await playground.RunLineAsync(line, echo: false))
            {
                return;
            }
        }
    }
    finally
    {
        await stop.CancelAsync();
        await watcher;
    }
}
