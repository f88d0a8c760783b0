using HipBot.TelegramEmulator.Text;
using HipBot.TelegramEmulator.Wire;

namespace HipBot.TelegramEmulator.Methods;

/// <summary>
/// sendDocument and sendPhoto as Telegram takes them: the file uploaded in a multipart/form-data part named as the field
/// (or named by an "attach://" value), or the file_id of a file sent before; a caption and reply markup beside it.
/// The same blocking and rate limits as sendMessage apply, and a refused send leaves no trace in the chat.
/// </summary>
internal static class SendFileMethods
{
    public const int MaxCaptionLength = 1024;
    public const long MaxDocumentBytes = 50L * 1024 * 1024;
    public const long MaxPhotoBytes = 10L * 1024 * 1024;

    // Telegram refuses photos whose sides add up to more than this.
    private const int MaxPhotoSides = 10_000;

    public static Task<string?> SendDocument(MethodContext context) => Send(context, "document");

    public static Task<string?> SendPhoto(MethodContext context) => Send(context, "photo");

    private static Task<string?> Send(MethodContext context, string field)
    {
        var state = context.State;
        var args = context.Args;
        var caption = Caption(args);
        var markup = ReplyMarkup.Parse(args.Json("reply_markup"), inlineOnly: false);

        lock (state.Gate)
        {
            var chat = state.RequireChat(args);
            SendGuards.EnsureBotCanSend(chat);
            var file = field == "photo" ? Photo(state, args) : Document(state, args);
            if (state.Limits.TryAcquire(chat.Id, chat.IsGroup, args.Bool("allow_paid_broadcast")) is { } retryAfter)
            {
                throw BotApiError.TooManyRequests(retryAfter);
            }

            state.AddFile(file);
            var message = chat.Add(new MessageState
            {
                Chat = chat,
                Date = state.NowUnix(),
                Document = field == "document" ? file : null,
                Photo = field == "photo" ? file : null,
                Caption = caption,
                InlineKeyboard = markup.InlineKeyboard,
                Buttons = markup.Buttons,
                ReplyKeyboard = markup.ReplyKeyboard,
            });
            return Task.FromResult<string?>(WireJson.Message(message, state).ToJsonString());
        }
    }

    private static string? Caption(RequestArgs args)
    {
        if (args.String("caption") is not { Length: > 0 } raw)
        {
            return null;
        }

        var caption = MessageFormatting.Render(raw, args.String("parse_mode"));
        return caption.Length > MaxCaptionLength ? throw BotApiError.BadRequest("message caption is too long") : caption;
    }

    // Caller holds the lock.
    private static SentFile Document(EmulatorState state, RequestArgs args)
    {
        if (Reference(state, args, "document") is { } earlier)
        {
            return earlier;
        }

        var upload = Upload(args, "document", MaxDocumentBytes);
        var (id, unique) = state.NewFileId();
        return new SentFile
        {
            FileId = id,
            FileUniqueId = unique,
            FileName = upload.FileName,
            MimeType = MimeType(upload),
            Content = upload.Content,
        };
    }

    // Caller holds the lock.
    private static SentFile Photo(EmulatorState state, RequestArgs args)
    {
        if (Reference(state, args, "photo") is { } earlier)
        {
            return earlier.Width is null ? throw BotApiError.BadRequest("wrong file identifier/HTTP URL specified") : earlier;
        }

        var upload = Upload(args, "photo", MaxPhotoBytes);
        var (width, height) = ImageHeader.Read(upload.Content) ?? throw BotApiError.BadRequest("IMAGE_PROCESS_FAILED");
        if (width + height > MaxPhotoSides || Math.Max(width, height) > 20 * Math.Min(width, height))
        {
            throw BotApiError.BadRequest("PHOTO_INVALID_DIMENSIONS");
        }

        var (id, unique) = state.NewFileId();
        return new SentFile { FileId = id, FileUniqueId = unique, Content = upload.Content, Width = width, Height = height };
    }

    private static UploadedFile Upload(RequestArgs args, string field, long maxBytes)
    {
        var upload = args.File(field) ?? throw BotApiError.BadRequest($"there is no {field} in the request");
        if (upload.Content.Length == 0)
        {
            throw BotApiError.BadRequest("file must be non-empty");
        }

        return upload.Content.LongLength > maxBytes ? throw new BotApiError(413, "Request Entity Too Large") : upload;
    }

    /// <summary>A file sent before, by its file_id; null when the field is an upload. URLs are not emulated.</summary>
    private static SentFile? Reference(EmulatorState state, RequestArgs args, string field)
    {
        if (args.File(field) is not null || args.String(field) is not { Length: > 0 } value || value.StartsWith("attach://", StringComparison.Ordinal))
        {
            return null;
        }

        if (value.StartsWith("http://", StringComparison.OrdinalIgnoreCase) || value.StartsWith("https://", StringComparison.OrdinalIgnoreCase))
        {
            throw BotApiError.BadRequest("failed to get HTTP URL content");
        }

        return state.FindFile(value) ?? throw BotApiError.BadRequest("wrong file identifier/HTTP URL specified");
    }

    /// <summary>Telegram names a document's type by its file name, as clients open it.</summary>
    private static string MimeType(UploadedFile upload) => Path.GetExtension(upload.FileName).ToUpperInvariant() switch
    {
        ".CSV" => "text/csv",
        ".TXT" => "text/plain",
        ".JSON" => "application/json",
        ".PNG" => "image/png",
        ".JPG" or ".JPEG" => "image/jpeg",
        ".PDF" => "application/pdf",
        _ => upload.ContentType is { Length: > 0 } type && type != "application/octet-stream" ? type : "application/octet-stream",
    };
}
