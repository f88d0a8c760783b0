using HipBot.Shell.Hosting;
using HipBot.Shell.Logging;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using global::Telegram.Bot;
using global::Telegram.Bot.Exceptions;

namespace HipBot.Shell.Telegram;

/// <summary>
/// Asks Telegram who the bot is before anything starts. A token Telegram refuses will never work, so it stops the bot
/// with one line; an API that does not answer may come back, so start-up goes on and the receivers keep trying.
/// </summary>
internal static partial class TokenCheck
{
    public static async Task RunAsync(IServiceProvider services, CancellationToken cancellationToken)
    {
        var bot = services.GetRequiredService<ITelegramBotClient>();
        var logger = services.GetRequiredService<ILoggerFactory>().CreateLogger(typeof(TokenCheck).FullName!);
        using var deadline = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        deadline.CancelAfter(services.GetRequiredService<IOptions<TelegramOptions>>().Value.RequestTimeout);
        try
        {
            await bot.GetMe(deadline.Token);
        }
        catch (ApiRequestException ex) when (ex.ErrorCode == 401)
        {
            throw new StartupException(
                "Telegram refused the bot token (401 Unauthorized). Check Telegram__BotToken: copy it again from @BotFather.");
        }
        catch (Exception ex) when (!cancellationToken.IsCancellationRequested)
        {
            TokenNotChecked(logger, FailureReason.Of(ex));
        }
    }

    [LoggerMessage(EventId = LogEvents.TokenNotChecked, Level = LogLevel.Warning,
        Message = "Could not reach Telegram to check the bot token ({Reason}); starting anyway and retrying as usual")]
    private static partial void TokenNotChecked(ILogger logger, string reason);
}
