using System.Globalization;

namespace HipBot.TelegramEmulator;

/// <summary>A button press a scripted user made: the callback query sent to the bot, and the bot's answer to it.</summary>
public sealed class ButtonPress
{
    private readonly CallbackState _callback;
    private readonly EmulatorState _state;

    internal ButtonPress(CallbackState callback, int? updateId, EmulatorState state)
    {
        _callback = callback;
        _state = state;
        UpdateId = updateId;
    }

    public string CallbackQueryId => _callback.Id;

    public string Data => _callback.Data;

    public long ChatId => _callback.Chat.Id;

    public int MessageId => _callback.MessageId;

    /// <summary>The update carrying the callback query; null when allowed_updates excluded callback queries.</summary>
    public int? UpdateId { get; }

    /// <summary>The bot's answerCallbackQuery, or null while it has not answered.</summary>
    public CallbackAnswer? Answer => _callback.Answer.Task.IsCompletedSuccessfully ? _callback.Answer.Task.Result : null;

    public async Task<CallbackAnswer> WaitForAnswer(TimeSpan? timeout = null)
    {
        var wait = _state.Timeout(timeout);
        try
        {
            return await _callback.Answer.Task.WaitAsync(wait, _state.Shutdown).ConfigureAwait(false);
        }
        catch (TimeoutException)
        {
            throw new TimeoutException(string.Create(
                CultureInfo.InvariantCulture,
                $"Timed out after {wait.TotalSeconds:0.###} s waiting for the bot to answer callback query {CallbackQueryId} (data \"{Data}\"). {_state.DescribeBotActivity()}"));
        }
        catch (OperationCanceledException) when (_state.Shutdown.IsCancellationRequested)
        {
            throw new ObjectDisposedException(nameof(BotApiEmulator), $"The emulator was disposed while waiting for the answer to callback query {CallbackQueryId}.");
        }
    }
}
