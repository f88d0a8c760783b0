using System.Globalization;
using Microsoft.Extensions.Options;
using global::Telegram.Bot;

namespace HipBot.Shell.Telegram;

/// <summary>
/// Who the bot is: its user id (the number before the token's colon) and its username (asked of getMe once). Groups
/// need both: commands there are /cmd@BotName, links are t.me/BotName, and a reply to the bot is a reply to its id.
/// </summary>
public sealed class BotIdentity(ITelegramBotClient bot, IOptions<TelegramOptions> options)
{
    private readonly Lock gate = new();
    private Task<string>? username;

    public long Id { get; } = long.TryParse(options.Value.BotToken.Split(':')[0], NumberStyles.None, CultureInfo.InvariantCulture, out var id) ? id : 0;

    /// <summary>The bot's username without the @; asked once, then remembered.</summary>
    public Task<string> UsernameAsync(CancellationToken cancellationToken)
    {
        lock (gate)
        {
            // One getMe for everyone who asks at once; a failed one is asked again next time.
            if (username is null || username.IsFaulted || username.IsCanceled)
            {
                username = AskAsync();
            }
            return username.WaitAsync(cancellationToken);
        }
    }

    private async Task<string> AskAsync() => (await bot.GetMe(CancellationToken.None)).Username ?? "";
}
