namespace HipBot.TelegramEmulator.Wire;

/// <summary>A file part of a multipart/form-data request: its part name, the file name it carried, and its bytes.</summary>
internal sealed record UploadedFile(string PartName, string FileName, string? ContentType, byte[] Content);
