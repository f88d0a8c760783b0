using System.Buffers.Binary;

namespace HipBot.TelegramEmulator.Wire;

/// <summary>The size of a PNG or JPEG from its header, the way Telegram tells a picture from anything else sent as one.</summary>
internal static class ImageHeader
{
    private static readonly byte[] PngSignature = [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A];

    /// <summary>Width and height, or null for bytes that are neither a PNG nor a JPEG with a readable frame header.</summary>
    public static (int Width, int Height)? Read(ReadOnlySpan<byte> bytes) =>
        bytes.StartsWith(PngSignature) ? Png(bytes)
        : bytes.Length > 3 && bytes[0] == 0xFF && bytes[1] == 0xD8 ? Jpeg(bytes)
        : null;

    /// <summary>The first chunk of a PNG is IHDR: width and height as big-endian 32-bit numbers.</summary>
    private static (int, int)? Png(ReadOnlySpan<byte> bytes)
    {
        if (bytes.Length < 24 || !bytes.Slice(12, 4).SequenceEqual("IHDR"u8))
        {
            return null;
        }

        var width = BinaryPrimitives.ReadInt32BigEndian(bytes.Slice(16, 4));
        var height = BinaryPrimitives.ReadInt32BigEndian(bytes.Slice(20, 4));
        return width > 0 && height > 0 ? (width, height) : null;
    }

    /// <summary>Walks the JPEG's segments to the first start-of-frame marker, which holds height then width.</summary>
    private static (int, int)? Jpeg(ReadOnlySpan<byte> bytes)
    {
        var at = 2;
        while (at + 9 < bytes.Length)
        {
            if (bytes[at] != 0xFF)
            {
                return null;
            }

            var marker = bytes[at + 1];
            var length = BinaryPrimitives.ReadUInt16BigEndian(bytes.Slice(at + 2, 2));
            // SOF0 to SOF15, less DHT (C4), JPG (C8) and DAC (CC), which share the range.
            if (marker is >= 0xC0 and <= 0xCF and not 0xC4 and not 0xC8 and not 0xCC)
            {
                int height = BinaryPrimitives.ReadUInt16BigEndian(bytes.Slice(at + 5, 2));
                int width = BinaryPrimitives.ReadUInt16BigEndian(bytes.Slice(at + 7, 2));
                return width > 0 && height > 0 ? (width, height) : null;
            }

            at += 2 + length;
        }

        return null;
    }
}
