using System.Buffers.Binary;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json.Nodes;
using Telegram.Bot;
using Telegram.Bot.Exceptions;
using Telegram.Bot.Types;
using Telegram.Bot.Types.ReplyMarkups;

namespace HipBot.TelegramEmulator.Tests;

public class SendFileTests
{
    /// <summary>The smallest PNG there is: one transparent pixel.</summary>
    private static readonly byte[] OnePixelPng = Convert.FromBase64String(
        "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChwGA60e6kgAAAABJRU5ErkJggg==");

    [Fact]
    public async Task An_uploaded_document_arrives_with_its_name_bytes_caption_and_buttons()
    {
        await using var emulator = await BotApiEmulator.StartAsync();
        var ana = emulator.AddUser("Ana");
        var bot = TestBot.ClientFor(emulator);
        var csv = "date,exercise\r\n2026-11-25,clamshells\r\n";

        await using var content = new MemoryStream(Encoding.UTF8.GetBytes(csv));
        var sent = await bot.SendDocument(ana.Id, InputFile.FromStream(content, "check-ins.csv"), "Your check-ins",
            replyMarkup: new InlineKeyboardMarkup(InlineKeyboardButton.WithCallbackData("Thanks", "thanks")));

        Assert.Equal("check-ins.csv", sent.Document!.FileName);
        Assert.Equal("text/csv", sent.Document.MimeType);
        Assert.Equal(Encoding.UTF8.GetByteCount(csv), sent.Document.FileSize);
        Assert.Equal("Your check-ins", sent.Caption);
        var seen = await ana.NextMessage();
        Assert.Equal(sent.MessageId, seen.MessageId);
        Assert.Equal(csv, Encoding.UTF8.GetString(seen.Document!.Content));
        Assert.Equal("check-ins.csv", seen.Document.FileName);
        Assert.Equal("Your check-ins", seen.Caption);
        Assert.Null(seen.Text);
        Assert.True(seen.HasButton("Thanks"));
    }

    [Fact]
    public async Task An_uploaded_photo_arrives_with_its_size_read_from_the_picture()
    {
        await using var emulator = await BotApiEmulator.StartAsync();
        var ana = emulator.AddUser("Ana");
        var bot = TestBot.ClientFor(emulator);

        await using var png = new MemoryStream(OnePixelPng);
        var sent = await bot.SendPhoto(ana.Id, InputFile.FromStream(png, "chart.png"), "Your weeks");

        var size = Assert.Single(sent.Photo!);
        Assert.Equal((1, 1), (size.Width, size.Height));
        Assert.Equal(OnePixelPng.Length, size.FileSize);
        Assert.Equal("Your weeks", sent.Caption);
        var seen = await ana.NextMessage();
        Assert.Equal(OnePixelPng, seen.Photo!.Content);
        Assert.Equal("Your weeks", seen.Caption);
    }

    [Fact]
    public async Task A_file_sent_before_can_be_sent_again_by_its_file_id()
    {
        await using var emulator = await BotApiEmulator.StartAsync();
        var ana = emulator.AddUser("Ana");
        var bot = TestBot.ClientFor(emulator);
        await using var content = new MemoryStream("a,b\r\n"u8.ToArray());
        var first = await bot.SendDocument(ana.Id, InputFile.FromStream(content, "a.csv"));

        var again = await bot.SendDocument(ana.Id, InputFile.FromFileId(first.Document!.FileId));
        var unknown = await Assert.ThrowsAsync<ApiRequestException>(() => bot.SendDocument(ana.Id, InputFile.FromFileId("no-such-file")));

        Assert.Equal(first.Document.FileId, again.Document!.FileId);
        Assert.Equal(400, unknown.ErrorCode);
        Assert.Equal("Bad Request: wrong file identifier/HTTP URL specified", unknown.Message);
        Assert.Equal(2, ana.Transcript.Count);
    }

    [Fact]
    public async Task An_empty_file_is_refused_and_leaves_nothing_in_the_chat()
    {
        await using var emulator = await BotApiEmulator.StartAsync();
        var ana = emulator.AddUser("Ana");
        var bot = TestBot.ClientFor(emulator);

        await using var empty = new MemoryStream();
        var error = await Assert.ThrowsAsync<ApiRequestException>(() => bot.SendDocument(ana.Id, InputFile.FromStream(empty, "empty.csv")));

        Assert.Equal(400, error.ErrorCode);
        Assert.Equal("Bad Request: file must be non-empty", error.Message);
        Assert.Empty(ana.Transcript);
    }

    [Fact]
    public async Task A_photo_that_is_no_picture_or_of_impossible_size_is_refused()
    {
        await using var emulator = await BotApiEmulator.StartAsync();
        var ana = emulator.AddUser("Ana");
        var bot = TestBot.ClientFor(emulator);

        await using var text = new MemoryStream("not a picture"u8.ToArray());
        var notAPicture = await Assert.ThrowsAsync<ApiRequestException>(() => bot.SendPhoto(ana.Id, InputFile.FromStream(text, "chart.png")));
        await using var huge = new MemoryStream(PngHeader(9000, 2000));
        var tooLarge = await Assert.ThrowsAsync<ApiRequestException>(() => bot.SendPhoto(ana.Id, InputFile.FromStream(huge, "chart.png")));

        Assert.Equal("Bad Request: IMAGE_PROCESS_FAILED", notAPicture.Message);
        Assert.Equal("Bad Request: PHOTO_INVALID_DIMENSIONS", tooLarge.Message);
        Assert.Empty(ana.Transcript);
    }

    [Fact]
    public async Task A_caption_over_1024_characters_is_refused()
    {
        await using var emulator = await BotApiEmulator.StartAsync();
        var ana = emulator.AddUser("Ana");
        var bot = TestBot.ClientFor(emulator);

        await using var content = new MemoryStream("a\r\n"u8.ToArray());
        var error = await Assert.ThrowsAsync<ApiRequestException>(() =>
            bot.SendDocument(ana.Id, InputFile.FromStream(content, "a.csv"), new string('x', 1025)));

        Assert.Equal("Bad Request: message caption is too long", error.Message);
        Assert.Empty(ana.Transcript);
    }

    [Fact]
    public async Task A_user_who_blocked_the_bot_gets_no_files_either()
    {
        await using var emulator = await BotApiEmulator.StartAsync();
        var ana = emulator.AddUser("Ana");
        var bot = TestBot.ClientFor(emulator);
        await ana.BlockBot();

        await using var png = new MemoryStream(OnePixelPng);
        var error = await Assert.ThrowsAsync<ApiRequestException>(() => bot.SendPhoto(ana.Id, InputFile.FromStream(png, "chart.png")));

        Assert.Equal(403, error.ErrorCode);
        Assert.Empty(ana.Transcript);
    }

    [Fact]
    public async Task A_file_may_come_in_a_part_named_by_an_attach_reference()
    {
        await using var emulator = await BotApiEmulator.StartAsync();
        var ana = emulator.AddUser("Ana");
        using var http = new HttpClient();
        using var form = new MultipartFormDataContent
        {
            { new StringContent(ana.Id.ToString(System.Globalization.CultureInfo.InvariantCulture)), "chat_id" },
            { new StringContent("attach://report"), "document" },
            { new StringContent("Attached"), "caption" },
        };
        var file = new ByteArrayContent("x,y\r\n"u8.ToArray());
        file.Headers.ContentType = new MediaTypeHeaderValue("text/csv");
        form.Add(file, "report", "report.csv");

        // The token holds a colon, so it cannot go through Uri(base, relative): it would read as a scheme.
        using var response = await http.PostAsync(new Uri($"{emulator.BaseUrl.ToString().TrimEnd('/')}/bot{emulator.Token}/sendDocument"), form);
        var answer = JsonNode.Parse(await response.Content.ReadAsStringAsync())!;

        Assert.True((bool)answer["ok"]!);
        Assert.Equal("report.csv", (string?)answer["result"]!["document"]!["file_name"]);
        Assert.Equal("x,y\r\n", Encoding.UTF8.GetString((await ana.NextMessage()).Document!.Content));
    }

    /// <summary>The start of a PNG that claims the given size: enough for anything that reads only the header.</summary>
    private static byte[] PngHeader(int width, int height)
    {
        var bytes = new byte[33];
        new byte[] { 0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 13 }.CopyTo(bytes, 0);
        "IHDR"u8.CopyTo(bytes.AsSpan(12));
        BinaryPrimitives.WriteInt32BigEndian(bytes.AsSpan(16), width);
        BinaryPrimitives.WriteInt32BigEndian(bytes.AsSpan(20), height);
        return bytes;
    }
}
