namespace HipBot.TelegramEmulator;

/// <summary>
/// A file the bot sent (a document, or a photo as uploaded), with its bytes, so a test can read an export back or
/// decode a chart. Telegram would recompress a photo; the emulator keeps exactly what arrived.
/// </summary>
public sealed record SentFile
{
    public required string FileId { get; init; }

    public required string FileUniqueId { get; init; }

    /// <summary>The name the upload carried; null for photos, which Telegram does not name.</summary>
    public string? FileName { get; init; }

    public string? MimeType { get; init; }

    public required byte[] Content { get; init; }

    /// <summary>Pixels, for photos (read from the PNG or JPEG header); null for documents.</summary>
    public int? Width { get; init; }

    public int? Height { get; init; }

    public long Size => Content.LongLength;
}
