using global::Telegram.Bot.Types;

namespace HipBot.Shell.Telegram;

/// <summary>Handles one stored update and marks it done in the same transaction. Tests wrap it to inject failures.</summary>
public interface IUpdateHandling
{
    Task HandleAsync(long updateId, Update update, CancellationToken cancellationToken);
}
