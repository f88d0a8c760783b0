using System.Text;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Http;

namespace HipBot.TelegramEmulator.Wire;

/// <summary>Writes Telegram's response envelope: {"ok":true,"result":...} or {"ok":false,"error_code":...} with the real HTTP status.</summary>
internal static class ApiResponseWriter
{
    public static Task WriteOkAsync(HttpResponse response, string resultJson, CancellationToken cancellationToken) =>
        WriteAsync(response, StatusCodes.Status200OK, "{\"ok\":true,\"result\":" + resultJson + "}", cancellationToken);

    public static Task WriteErrorAsync(HttpResponse response, int errorCode, string description, int? retryAfter, CancellationToken cancellationToken, long? migrateToChatId = null)
    {
        var body = new JsonObject
        {
            ["ok"] = false,
            ["error_code"] = errorCode,
            ["description"] = description,
        };
        if (retryAfter is { } seconds)
        {
            body["parameters"] = new JsonObject { ["retry_after"] = seconds };
        }

        if (migrateToChatId is { } newId)
        {
            body["parameters"] = new JsonObject { ["migrate_to_chat_id"] = newId };
        }

        return WriteAsync(response, errorCode, body.ToJsonString(), cancellationToken);
    }

    private static async Task WriteAsync(HttpResponse response, int status, string json, CancellationToken cancellationToken)
    {
        var bytes = Encoding.UTF8.GetBytes(json);
        response.StatusCode = status;
        response.ContentType = "application/json";
        response.ContentLength = bytes.Length;
        await response.Body.WriteAsync(bytes, cancellationToken).ConfigureAwait(false);
    }
}
