using System.Globalization;

namespace HipBot.TelegramEmulator.Wire;

/// <summary>A Bot API error answer; thrown by method handlers and turned into {"ok":false,...} with the same HTTP status.</summary>
internal sealed class BotApiError : Exception
{
    public BotApiError()
        : this(500, "Internal Server Error")
    {
    }

    public BotApiError(string message)
        : this(400, message)
    {
    }

    public BotApiError(string message, Exception innerException)
        : base(message, innerException)
    {
        ErrorCode = 500;
    }

    public BotApiError(int errorCode, string description, int? retryAfter = null)
        : base(description)
    {
        ErrorCode = errorCode;
        RetryAfter = retryAfter;
    }

    public int ErrorCode { get; }

    public int? RetryAfter { get; }

    /// <summary>Set when the chat was upgraded to a supergroup: Telegram names the new id in parameters.migrate_to_chat_id.</summary>
    public long? MigrateToChatId { get; private init; }

    public static BotApiError BadRequest(string detail) => new(400, "Bad Request: " + detail);

    public static BotApiError Forbidden(string detail) => new(403, "Forbidden: " + detail);

    public static BotApiError TooManyRequests(int retryAfter) =>
        new(429, string.Create(CultureInfo.InvariantCulture, $"Too Many Requests: retry after {retryAfter}"), retryAfter);

    public static BotApiError ChatNotFound() => BadRequest("chat not found");

    public static BotApiError Migrated(long newChatId) =>
        new(400, "Bad Request: group chat was upgraded to a supergroup chat") { MigrateToChatId = newChatId };
}
