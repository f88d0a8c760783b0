using HipBot.TelegramEmulator.Wire;

namespace HipBot.TelegramEmulator.Methods;

internal static class CallbackQueryMethods
{
    private const string InvalidQuery = "query is too old and response timeout expired or query ID is invalid";

    /// <summary>answerCallbackQuery: each query can be answered once, as on Telegram.</summary>
    public static Task<string?> Answer(MethodContext context)
    {
        var args = context.Args;
        var id = args.String("callback_query_id");
        var answer = new CallbackAnswer(args.String("text"), args.Bool("show_alert"), args.String("url"));
        if (answer.Text is { Length: > 200 })
        {
            throw BotApiError.BadRequest("MESSAGE_TOO_LONG");
        }

        lock (context.State.Gate)
        {
            var callback = id is null ? null : context.State.FindCallback(id);
            if (callback is null || !callback.Answer.TrySetResult(answer))
            {
                throw BotApiError.BadRequest(InvalidQuery);
            }
        }

        return Task.FromResult<string?>("true");
    }
}
