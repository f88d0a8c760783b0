using HipBot.Shell.Hosting;
using HipBot.Shell.Logging;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using global::Telegram.Bot;
using global::Telegram.Bot.Types;

namespace HipBot.Shell.Telegram;

/// <summary>
/// Registers the command menus users see behind the "/" button, per scope (private chats, groups, group admins), retrying
/// until Telegram accepts them. A menu is a convenience only: every admin action is authorized on the server regardless.
/// </summary>
public sealed partial class CommandMenu(ITelegramBotClient bot, TransportClock clock, ILogger<CommandMenu> logger) : BackgroundService
{
    public static readonly IReadOnlyList<BotCommand> Commands =
    [
        new("start", "Set up HipBot, or see your settings"),
        new("settings", "Change time zone, reminder time, days or band"),
        new("stats", "Streaks, adherence, reps and your calendar"),
        new("history", "The last two weeks, day by day"),
        new("undo", "Take back your last check-in"),
        new("pause", "Take a break: /pause 7 days, /pause until 3 Dec"),
        new("resume", "End a break early"),
        new("stop", "No more messages until /start"),
        new("help", "What HipBot understands"),
        new("cancel", "Leave the current question"),
        new("export", "Your whole record as spreadsheet files"),
        new("privacy", "What HipBot keeps about you, and for how long"),
        new("deleteme", "Delete everything HipBot keeps about you"),
    ];

    /// <summary>What members see in a group (Telegram shows them as /cmd@BotName there).</summary>
    public static readonly IReadOnlyList<BotCommand> GroupCommands =
    [
        new("done", "Log today's exercises: /done, or /done 3x20"),
        new("join", "Join the challenge board"),
        new("leave", "Leave the board (your own streak stays)"),
        new("help", "What HipBot does in this group"),
    ];

    /// <summary>What a group's admins see: the members' commands and theirs.</summary>
    public static readonly IReadOnlyList<BotCommand> AdminCommands =
    [
        .. GroupCommands,
        new("challenge", "Set up or change the group's challenge"),
        new("roster", "The members, sent to you in private"),
    ];

    private static readonly RetryBackoff Retry = new(TimeSpan.FromSeconds(2), TimeSpan.FromMinutes(5));

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        for (var attempt = 1; !stoppingToken.IsCancellationRequested; attempt++)
        {
            try
            {
                await bot.SetMyCommands(Commands, cancellationToken: stoppingToken);
                await bot.SetMyCommands(Commands, BotCommandScope.AllPrivateChats(), cancellationToken: stoppingToken);
                await bot.SetMyCommands(GroupCommands, BotCommandScope.AllGroupChats(), cancellationToken: stoppingToken);
                await bot.SetMyCommands(AdminCommands, BotCommandScope.AllChatAdministrators(), cancellationToken: stoppingToken);
                return;
            }
            catch (Exception ex) when (!stoppingToken.IsCancellationRequested)
            {
                var pause = Retry.After(attempt);
                MenuFailed(logger, FailureReason.Of(ex), pause.TotalSeconds);
                FailureReason.Detail(logger, ex, "setMyCommands");
                await Task.Delay(pause, clock.Time, stoppingToken);
            }
        }
    }

    [LoggerMessage(EventId = LogEvents.CommandMenuFailed, Level = LogLevel.Warning, Message = "Registering the command menu failed ({Reason}); retrying in {Seconds} s")]
    private static partial void MenuFailed(ILogger logger, string reason, double seconds);
}
