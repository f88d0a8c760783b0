using System.Globalization;

namespace HipBot.Playground;

internal sealed record PlaygroundOptions
{
    public const string Usage = """
        HipBot playground: chat with the real bot through a local Telegram Bot API emulator.

        dotnet run --project tests/HipBot.Playground -- [options] [bot settings]
          --script FILE     run the lines of FILE (same syntax as typing), print the chat and exit
          --database PATH   keep the bot's SQLite database in PATH (default: a temporary file, deleted at exit)
          --name NAME       your first name in the chat (default: Ana)
          --now TIME        where the bot's calendar starts, e.g. 2026-11-24T20:00Z (default: now)
          --verbose         show the bot's Information logs (default: warnings only), on stderr
          --help            this text
        Anything else goes to the bot's configuration, e.g. --Sender:PrivateChatMessagesPerSecond 50.
        """;

    public string? Script { get; init; }

    public string? Database { get; init; }

    public string Name { get; init; } = "Ana";

    public DateTimeOffset? Now { get; init; }

    public bool Verbose { get; init; }

    public bool Help { get; init; }

    public IReadOnlyList<string> BotArgs { get; init; } = [];

    /// <summary>Reads the command line; throws <see cref="ArgumentException"/> with a message for the user.</summary>
    public static PlaygroundOptions Parse(IReadOnlyList<string> args)
    {
        var options = new PlaygroundOptions();
        var rest = new List<string>();
        for (var i = 0; i < args.Count; i++)
        {
            string Value() => i + 1 < args.Count ? args[++i] : throw new ArgumentException($"{args[i]} needs a value.");
            switch (args[i])
            {
                case "--script":
                    options = options with { Script = Value() };
                    break;
                case "--database":
                    options = options with { Database = Value() };
                    break;
                case "--name":
                    options = options with { Name = Value() };
                    break;
                case "--now":
                    var now = Value();
                    options = options with
                    {
                        Now = DateTimeOffset.TryParse(now, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var at)
                            ? at
                            : throw new ArgumentException($"--now: cannot read \"{now}\" as a date and time, e.g. 2026-11-24T20:00Z."),
                    };
                    break;
                case "--verbose":
                    options = options with { Verbose = true };
                    break;
                case "--help" or "-h" or "-?":
                    options = options with { Help = true };
                    break;
                default:
                    rest.Add(args[i]);
                    break;
            }
        }
        return options with { BotArgs = rest };
    }
}
