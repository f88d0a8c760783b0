using HipBot.TelegramEmulator.Methods;
using HipBot.TelegramEmulator.Wire;
using Microsoft.AspNetCore.Http;

namespace HipBot.TelegramEmulator;

/// <summary>
/// Serves /bot{token}/{method} like api.telegram.org: checks the token, reads the parameters, applies injected faults
/// (before the method runs, so a failed send changes nothing), runs the method and logs the call.
/// </summary>
internal sealed class BotApiEndpoint(EmulatorState state)
{
    public async Task HandleAsync(HttpContext http)
    {
        var arrivedAt = state.Options.TimeProvider.GetUtcNow();
        var elapsed = state.Elapsed;
        var aborted = http.RequestAborted;
        if (!TryParsePath(http.Request.Path.Value, out var token, out var methodName))
        {
            await ApiResponseWriter.WriteErrorAsync(http.Response, 404, "Not Found", null, aborted).ConfigureAwait(false);
            return;
        }

        void Record(int status, string? description, long? chatId, bool injected) =>
            state.RecordCall(new ApiCall(methodName, chatId, arrivedAt, elapsed, status, description, injected));

        if (token != state.Options.Token)
        {
            Record(401, "Unauthorized", null, false);
            await ApiResponseWriter.WriteErrorAsync(http.Response, 401, "Unauthorized", null, aborted).ConfigureAwait(false);
            return;
        }

        var method = MethodTable.Find(methodName);
        if (method is null)
        {
            Record(404, "Not Found", null, false);
            await ApiResponseWriter.WriteErrorAsync(http.Response, 404, "Not Found", null, aborted).ConfigureAwait(false);
            return;
        }

        RequestArgs args;
        try
        {
            args = await RequestArgs.ReadAsync(http.Request, aborted).ConfigureAwait(false);
        }
        catch (BotApiError error)
        {
            Record(error.ErrorCode, error.Message, null, false);
            await ApiResponseWriter.WriteErrorAsync(http.Response, error.ErrorCode, error.Message, error.RetryAfter, aborted, error.MigrateToChatId).ConfigureAwait(false);
            return;
        }

        var chatId = args.ChatIdOrNull();
        var (fault, delay) = state.Faults.Take(methodName);
        if (fault?.Kind == FaultKind.Hang || state.Faults.IsHung(chatId))
        {
            using var gone = CancellationTokenSource.CreateLinkedTokenSource(aborted, state.Shutdown);
            state.Faults.Hangs(chatId, +1);
            try
            {
                await Task.Delay(Timeout.Infinite, gone.Token).ConfigureAwait(false);
            }
            catch (OperationCanceledException)
            {
                Record(0, "client went away while the call hung", chatId, true);
            }
            finally
            {
                state.Faults.Hangs(chatId, -1);
            }
            return;
        }
        if (delay > TimeSpan.Zero)
        {
            using var either = CancellationTokenSource.CreateLinkedTokenSource(aborted, state.Shutdown);
            try
            {
                await Task.Delay(delay, either.Token).ConfigureAwait(false);
            }
            catch (OperationCanceledException)
            {
                Record(0, "client went away during an injected delay", chatId, true);
                return;
            }
        }

        switch (fault?.Kind)
        {
            case FaultKind.Drop:
                Record(0, "connection dropped", chatId, true);
                http.Abort();
                return;
            case FaultKind.Fail:
                Record(fault.ErrorCode, fault.Description, chatId, true);
                await ApiResponseWriter.WriteErrorAsync(http.Response, fault.ErrorCode, fault.Description!, fault.RetryAfter, aborted).ConfigureAwait(false);
                return;
        }

        string? result;
        try
        {
            result = await method(new MethodContext(state, args, aborted)).ConfigureAwait(false);
        }
        catch (BotApiError error)
        {
            Record(error.ErrorCode, error.Message, chatId, false);
            await ApiResponseWriter.WriteErrorAsync(http.Response, error.ErrorCode, error.Message, error.RetryAfter, aborted, error.MigrateToChatId).ConfigureAwait(false);
            return;
        }
        catch (Exception error) when (error is not OperationCanceledException)
        {
            // An emulator bug should read as a clear, logged 500 in the test, not as a dropped connection.
            var description = "Internal Server Error: emulator failed: " + error.Message;
            Record(500, description, chatId, false);
            await ApiResponseWriter.WriteErrorAsync(http.Response, 500, description, null, aborted).ConfigureAwait(false);
            return;
        }

        if (result is null)
        {
            Record(0, "client went away", chatId, false);
            return;
        }

        if (fault?.Kind == FaultKind.LoseResponse)
        {
            Record(0, "response lost after the method ran", chatId, true);
            http.Abort();
            return;
        }

        Record(200, null, chatId, false);
        await ApiResponseWriter.WriteOkAsync(http.Response, result, aborted).ConfigureAwait(false);
    }

    /// <summary>Splits "/bot{token}/{method}"; the token itself contains ':' but never '/'.</summary>
    private static bool TryParsePath(string? path, out string token, out string method)
    {
        token = method = "";
        if (path is null || !path.StartsWith("/bot", StringComparison.Ordinal))
        {
            return false;
        }

        var rest = path["/bot".Length..];
        var slash = rest.IndexOf('/', StringComparison.Ordinal);
        if (slash <= 0 || slash == rest.Length - 1 || rest.IndexOf('/', slash + 1) >= 0)
        {
            return false;
        }

        token = rest[..slash];
        method = rest[(slash + 1)..];
        return true;
    }
}
