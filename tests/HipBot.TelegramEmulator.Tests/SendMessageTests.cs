using Telegram.Bot;
using Telegram.Bot.Exceptions;
using Telegram.Bot.Types.Enums;
using Telegram.Bot.Types.ReplyMarkups;

namespace HipBot.TelegramEmulator.Tests;

public class SendMessageTests
{
    [Fact]
    public async Task A_sent_message_comes_back_whole_and_appears_in_the_transcript()
    {
        await using var emulator = await BotApiEmulator.StartAsync();
        var ana = emulator.AddUser("Ana");
        var bot = TestBot.ClientFor(emulator);
        await ana.Send("/start");

        var sent = await bot.SendMessage(ana.Id, "Welcome! Pick your time zone.", replyMarkup: new InlineKeyboardMarkup(
            [[InlineKeyboardButton.WithCallbackData("Europe/Berlin", "tz:Europe/Berlin")], [InlineKeyboardButton.WithUrl("Help", "https://example.org")]]));

        Assert.Equal(ana.Id, sent.Chat.Id);
        Assert.Equal("Ana", sent.Chat.FirstName);
        Assert.Equal(emulator.BotId, sent.From!.Id);
        Assert.True(sent.From.IsBot);
        Assert.Equal("Welcome! Pick your time zone.", sent.Text);
        Assert.Equal("tz:Europe/Berlin", sent.ReplyMarkup!.InlineKeyboard.First().First().CallbackData);
        Assert.True(sent.Date > DateTime.UnixEpoch);

        var seen = await ana.NextMessage();
        Assert.Equal(sent.MessageId, seen.MessageId);
        Assert.True(seen.IsFromBot);
        Assert.Equal([["Europe/Berlin"], ["Help"]], seen.Buttons.Select(row => row.Select(b => b.Text)));
        Assert.Equal(["/start", "Welcome! Pick your time zone."], ana.Transcript.Select(m => m.Text));
    }

    [Fact]
    public async Task NextMessage_reads_each_bot_message_once_in_order()
    {
        await using var emulator = await BotApiEmulator.StartAsync();
        var ana = emulator.AddUser("Ana");
        var bot = TestBot.ClientFor(emulator);

        await bot.SendMessage(ana.Id, "one");
        await bot.SendMessage(ana.Id, "two");

        Assert.Equal("one", (await ana.NextMessage()).Text);
        Assert.Equal("two", (await ana.NextMessage()).Text);
        Assert.Equal(0, ana.Unread);
    }

    [Fact]
    public async Task NextMessage_times_out_with_a_message_that_says_what_it_waited_for()
    {
        await using var emulator = await BotApiEmulator.StartAsync();
        var ana = emulator.AddUser("Ana");

        var error = await Assert.ThrowsAsync<TimeoutException>(() => ana.NextMessage(TimeSpan.FromMilliseconds(50)));

        Assert.Contains("next bot message", error.Message, StringComparison.Ordinal);
        Assert.Contains("Ana", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Text_over_4096_characters_is_rejected_and_not_delivered()
    {
        await using var emulator = await BotApiEmulator.StartAsync();
        var ana = emulator.AddUser("Ana");
        var bot = TestBot.ClientFor(emulator);

        var error = await Assert.ThrowsAsync<ApiRequestException>(() => bot.SendMessage(ana.Id, new string('x', 4097)));
        await bot.SendMessage(ana.Id, new string('x', 4096));

        Assert.Equal(400, error.ErrorCode);
        Assert.Equal("Bad Request: message is too long", error.Message);
        Assert.Single(ana.Transcript);
    }

    [Fact]
    public async Task Empty_text_is_rejected()
    {
        await using var emulator = await BotApiEmulator.StartAsync();
        var ana = emulator.AddUser("Ana");
        var bot = TestBot.ClientFor(emulator);

        var error = await Assert.ThrowsAsync<ApiRequestException>(() => bot.SendMessage(ana.Id, " "));

        Assert.Equal(400, error.ErrorCode);
        Assert.Equal("Bad Request: message text is empty", error.Message);
    }

    [Theory]
    [InlineData("")]
    [InlineData("this callback data is far too long for telegram, which allows 64 bytes")]
    public async Task Callback_data_outside_1_to_64_bytes_is_rejected(string data)
    {
        await using var emulator = await BotApiEmulator.StartAsync();
        var ana = emulator.AddUser("Ana");
        var bot = TestBot.ClientFor(emulator);

        var error = await Assert.ThrowsAsync<ApiRequestException>(() =>
            bot.SendMessage(ana.Id, "Pick", replyMarkup: new InlineKeyboardMarkup(new InlineKeyboardButton("Go") { CallbackData = data })));

        Assert.Equal(400, error.ErrorCode);
        Assert.Equal("Bad Request: BUTTON_DATA_INVALID", error.Message);
        Assert.Empty(ana.Transcript);
    }

    [Fact]
    public async Task Callback_data_counts_bytes_not_characters()
    {
        await using var emulator = await BotApiEmulator.StartAsync();
        var ana = emulator.AddUser("Ana");
        var bot = TestBot.ClientFor(emulator);

        // 33 two-byte characters: 33 chars but 66 bytes.
        var error = await Assert.ThrowsAsync<ApiRequestException>(() =>
            bot.SendMessage(ana.Id, "Pick", replyMarkup: new InlineKeyboardMarkup(InlineKeyboardButton.WithCallbackData("Go", new string('ü', 33)))));

        Assert.Equal("Bad Request: BUTTON_DATA_INVALID", error.Message);
    }

    [Fact]
    public async Task Html_is_rendered_to_plain_text_and_broken_html_is_rejected()
    {
        await using var emulator = await BotApiEmulator.StartAsync();
        var ana = emulator.AddUser("Ana");
        var bot = TestBot.ClientFor(emulator);

        var sent = await bot.SendMessage(ana.Id, "<b>Streak</b>: 3 days &amp; counting", ParseMode.Html);
        var error = await Assert.ThrowsAsync<ApiRequestException>(() => bot.SendMessage(ana.Id, "3 < 5 <b>oops", ParseMode.Html));

        Assert.Equal("Streak: 3 days & counting", sent.Text);
        Assert.Equal("<b>Streak</b>: 3 days &amp; counting", (await ana.NextMessage()).RawText);
        Assert.Equal(400, error.ErrorCode);
        Assert.StartsWith("Bad Request: can't parse entities:", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task MarkdownV2_demands_escaped_reserved_characters()
    {
        await using var emulator = await BotApiEmulator.StartAsync();
        var ana = emulator.AddUser("Ana");
        var bot = TestBot.ClientFor(emulator);

        var sent = await bot.SendMessage(ana.Id, @"*Done* for today\. 3x20\!", ParseMode.MarkdownV2);
        var error = await Assert.ThrowsAsync<ApiRequestException>(() => bot.SendMessage(ana.Id, "Done for today.", ParseMode.MarkdownV2));

        Assert.Equal("Done for today. 3x20!", sent.Text);
        Assert.Contains("Character '.' is reserved", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Replying_to_a_missing_message_is_rejected()
    {
        await using var emulator = await BotApiEmulator.StartAsync();
        var ana = emulator.AddUser("Ana");
        var bot = TestBot.ClientFor(emulator);
        var question = await ana.Send("question?");

        var answer = await bot.SendMessage(ana.Id, "answer", replyParameters: question.MessageId);
        var error = await Assert.ThrowsAsync<ApiRequestException>(() => bot.SendMessage(ana.Id, "answer", replyParameters: 999));

        Assert.Equal(question.MessageId, answer.ReplyToMessage!.MessageId);
        Assert.Equal("Bad Request: message to be replied not found", error.Message);
    }

    [Fact]
    public async Task A_reply_keyboard_is_kept_but_not_echoed_as_inline_buttons()
    {
        await using var emulator = await BotApiEmulator.StartAsync();
        var ana = emulator.AddUser("Ana");
        var bot = TestBot.ClientFor(emulator);

        await bot.SendMessage(ana.Id, "Where are you?", replyMarkup: new ReplyKeyboardMarkup(KeyboardButton.WithRequestLocation("Share location")));

        var message = await ana.NextMessage();
        Assert.Empty(message.Buttons);
        Assert.Equal("Share location", message.ReplyKeyboard.Single().Single());
    }

    [Fact]
    public async Task DeleteMessage_removes_a_message_from_the_transcript_once()
    {
        await using var emulator = await BotApiEmulator.StartAsync();
        var ana = emulator.AddUser("Ana");
        var bot = TestBot.ClientFor(emulator);
        var sent = await bot.SendMessage(ana.Id, "temporary");

        await bot.DeleteMessage(ana.Id, sent.MessageId);
        var error = await Assert.ThrowsAsync<ApiRequestException>(() => bot.DeleteMessage(ana.Id, sent.MessageId));

        Assert.Empty(ana.Transcript);
        Assert.Equal("Bad Request: message to delete not found", error.Message);
    }
}
