using Telegram.Bot;
using Telegram.Bot.Exceptions;
using Telegram.Bot.Types.Enums;
using Telegram.Bot.Types.ReplyMarkups;

namespace HipBot.TelegramEmulator.Tests;

public class CallbackQueryTests
{
    [Fact]
    public async Task Pressing_a_button_delivers_a_callback_query_with_the_message_as_it_is_now()
    {
        await using var emulator = await BotApiEmulator.StartAsync();
        var ana = emulator.AddUser("Ana");
        var bot = TestBot.ClientFor(emulator);
        var sent = await bot.SendMessage(ana.Id, "Pick a zone", replyMarkup: new InlineKeyboardMarkup(
            InlineKeyboardButton.WithCallbackData("Europe/Berlin", "tz:berlin"), InlineKeyboardButton.WithCallbackData("UTC", "tz:utc")));
        await bot.EditMessageText(ana.Id, sent.MessageId, "Pick a zone (edited)", replyMarkup: new InlineKeyboardMarkup(
            InlineKeyboardButton.WithCallbackData("Europe/Berlin", "tz:berlin")));

        var press = await ana.Press("Europe/Berlin");
        var update = Assert.Single(await bot.GetUpdates());

        Assert.Equal(UpdateType.CallbackQuery, update.Type);
        var query = update.CallbackQuery!;
        Assert.Equal(press.CallbackQueryId, query.Id);
        Assert.Equal("tz:berlin", query.Data);
        Assert.Equal(ana.Id, query.From.Id);
        Assert.Equal(sent.MessageId, query.Message!.MessageId);
        Assert.Equal("Pick a zone (edited)", query.Message.Text);
        Assert.Equal(emulator.BotId, query.Message.From!.Id);
        Assert.False(string.IsNullOrEmpty(query.ChatInstance));
    }

    [Fact]
    public async Task Press_waits_for_the_bot_to_show_the_button_and_picks_the_newest_message_with_it()
    {
        await using var emulator = await BotApiEmulator.StartAsync();
        var ana = emulator.AddUser("Ana");
        var bot = TestBot.ClientFor(emulator);
        var keyboard = new InlineKeyboardMarkup(InlineKeyboardButton.WithCallbackData("Done", "done"));
        await bot.SendMessage(ana.Id, "yesterday", replyMarkup: keyboard);

        var pressing = ana.Press("done"); // by callback data; the old message already has it
        var first = await pressing;
        var later = ana.Press("Later");
        Assert.False(later.IsCompleted);
        var newest = await bot.SendMessage(ana.Id, "today", replyMarkup: new InlineKeyboardMarkup(
            InlineKeyboardButton.WithCallbackData("Done", "done"), InlineKeyboardButton.WithCallbackData("Later", "later")));
        var second = await later;

        Assert.NotEqual(newest.MessageId, first.MessageId);
        Assert.Equal(newest.MessageId, second.MessageId);
        Assert.Equal("later", second.Data);
    }

    [Fact]
    public async Task Pressing_a_button_on_an_old_message_or_with_forged_data_reaches_the_bot_as_is()
    {
        await using var emulator = await BotApiEmulator.StartAsync();
        var ana = emulator.AddUser("Ana");
        var bot = TestBot.ClientFor(emulator);
        await bot.SendMessage(ana.Id, "old", replyMarkup: new InlineKeyboardMarkup(InlineKeyboardButton.WithCallbackData("Yes", "v1:yes")));
        var old = await ana.NextMessage();
        await bot.SendMessage(ana.Id, "new", replyMarkup: new InlineKeyboardMarkup(InlineKeyboardButton.WithCallbackData("Yes", "v2:yes")));

        await ana.Press(old, "Yes");
        await ana.PressRaw(old.MessageId, "v0:admin");
        var updates = await bot.GetUpdates();

        Assert.Equal(["v1:yes", "v0:admin"], updates.Select(u => u.CallbackQuery!.Data));
        Assert.All(updates, u => Assert.Equal(old.MessageId, u.CallbackQuery!.Message!.MessageId));
    }

    [Fact]
    public async Task Pressing_a_button_that_is_not_there_fails_in_the_test_not_in_the_bot()
    {
        await using var emulator = await BotApiEmulator.StartAsync();
        var ana = emulator.AddUser("Ana");
        var bot = TestBot.ClientFor(emulator);
        await bot.SendMessage(ana.Id, "no buttons here");
        var message = await ana.NextMessage();

        await Assert.ThrowsAsync<InvalidOperationException>(() => ana.Press(message, "Yes"));
        var timeout = await Assert.ThrowsAsync<TimeoutException>(() => ana.Press("Yes", TimeSpan.FromMilliseconds(50)));
        Assert.Contains("\"Yes\"", timeout.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_bots_answer_to_a_press_is_recorded_and_a_second_answer_is_refused()
    {
        await using var emulator = await BotApiEmulator.StartAsync();
        var ana = emulator.AddUser("Ana");
        var bot = TestBot.ClientFor(emulator);
        await bot.SendMessage(ana.Id, "Go?", replyMarkup: new InlineKeyboardMarkup(InlineKeyboardButton.WithCallbackData("Go", "go")));
        var press = await ana.Press("Go");

        await bot.AnswerCallbackQuery(press.CallbackQueryId, "Saved!");
        var again = await Assert.ThrowsAsync<ApiRequestException>(() => bot.AnswerCallbackQuery(press.CallbackQueryId));

        Assert.Equal(new CallbackAnswer("Saved!", false, null), await press.WaitForAnswer());
        Assert.Equal(400, again.ErrorCode);
    }
}
