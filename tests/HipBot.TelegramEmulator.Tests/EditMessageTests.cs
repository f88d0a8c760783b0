using Telegram.Bot;
using Telegram.Bot.Exceptions;
using Telegram.Bot.Types.ReplyMarkups;

namespace HipBot.TelegramEmulator.Tests;

public class EditMessageTests
{
    [Fact]
    public async Task An_edit_changes_the_transcript_and_shows_up_as_the_next_edit()
    {
        await using var emulator = await BotApiEmulator.StartAsync();
        var ana = emulator.AddUser("Ana");
        var bot = TestBot.ClientFor(emulator);
        var sent = await bot.SendMessage(ana.Id, "Checked in: 0", replyMarkup: new InlineKeyboardMarkup(InlineKeyboardButton.WithCallbackData("+1", "inc")));

        var edited = await bot.EditMessageText(ana.Id, sent.MessageId, "Checked in: 1");

        Assert.Equal("Checked in: 1", edited.Text);
        Assert.NotNull(edited.EditDate);
        Assert.Null(edited.ReplyMarkup); // an edit that does not repeat the keyboard removes it, as on Telegram
        var edit = await ana.NextEdit();
        Assert.Equal(sent.MessageId, edit.MessageId);
        Assert.Equal(1, edit.EditCount);
        Assert.Equal("Checked in: 1", Assert.Single(ana.Transcript).Text);
    }

    [Fact]
    public async Task An_edit_that_changes_nothing_is_answered_with_message_is_not_modified()
    {
        await using var emulator = await BotApiEmulator.StartAsync();
        var ana = emulator.AddUser("Ana");
        var bot = TestBot.ClientFor(emulator);
        var keyboard = new InlineKeyboardMarkup(InlineKeyboardButton.WithCallbackData("Done", "done"));
        var sent = await bot.SendMessage(ana.Id, "Today: squats", replyMarkup: keyboard);

        var sameText = await Assert.ThrowsAsync<ApiRequestException>(() => bot.EditMessageText(ana.Id, sent.MessageId, "Today: squats", replyMarkup: keyboard));
        var sameMarkup = await Assert.ThrowsAsync<ApiRequestException>(() => bot.EditMessageReplyMarkup(ana.Id, sent.MessageId, keyboard));

        Assert.Equal(400, sameText.ErrorCode);
        Assert.StartsWith("Bad Request: message is not modified: ", sameText.Message, StringComparison.Ordinal);
        Assert.StartsWith("Bad Request: message is not modified: ", sameMarkup.Message, StringComparison.Ordinal);
        Assert.Equal(0, Assert.Single(ana.Transcript).EditCount);
    }

    [Fact]
    public async Task Editing_an_unknown_message_is_answered_with_message_to_edit_not_found()
    {
        await using var emulator = await BotApiEmulator.StartAsync();
        var ana = emulator.AddUser("Ana");
        var bot = TestBot.ClientFor(emulator);

        var error = await Assert.ThrowsAsync<ApiRequestException>(() => bot.EditMessageText(ana.Id, 4711, "new"));

        Assert.Equal(400, error.ErrorCode);
        Assert.Equal("Bad Request: message to edit not found", error.Message);
    }

    [Fact]
    public async Task EditMessageReplyMarkup_swaps_the_buttons_and_keeps_the_text()
    {
        await using var emulator = await BotApiEmulator.StartAsync();
        var ana = emulator.AddUser("Ana");
        var bot = TestBot.ClientFor(emulator);
        var sent = await bot.SendMessage(ana.Id, "Ready?", replyMarkup: new InlineKeyboardMarkup(InlineKeyboardButton.WithCallbackData("Yes", "yes")));

        await bot.EditMessageReplyMarkup(ana.Id, sent.MessageId, new InlineKeyboardMarkup(InlineKeyboardButton.WithCallbackData("Undo", "undo")));
        await bot.EditMessageReplyMarkup(ana.Id, sent.MessageId, replyMarkup: null);

        var edits = new[] { await ana.NextEdit(), await ana.NextEdit() };
        Assert.Equal("Undo", Assert.Single(edits[0].AllButtons).Text);
        Assert.Empty(edits[1].Buttons);
        Assert.Equal("Ready?", edits[1].Text);
    }

    [Fact]
    public async Task Users_messages_cannot_be_edited_by_the_bot()
    {
        await using var emulator = await BotApiEmulator.StartAsync();
        var ana = emulator.AddUser("Ana");
        var bot = TestBot.ClientFor(emulator);
        var mine = await ana.Send("my words");

        var error = await Assert.ThrowsAsync<ApiRequestException>(() => bot.EditMessageText(ana.Id, mine.MessageId, "bot words"));

        Assert.Equal("Bad Request: message can't be edited", error.Message);
    }
}
