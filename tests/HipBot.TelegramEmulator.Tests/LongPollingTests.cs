using System.Diagnostics;
using Telegram.Bot;
using Telegram.Bot.Exceptions;
using Telegram.Bot.Types.Enums;

namespace HipBot.TelegramEmulator.Tests;

public class LongPollingTests
{
    [Fact]
    public async Task A_long_poll_wakes_as_soon_as_a_user_writes()
    {
        await using var emulator = await BotApiEmulator.StartAsync();
        var ana = emulator.AddUser("Ana");
        var bot = TestBot.ClientFor(emulator);
        var clock = Stopwatch.StartNew();

        var poll = bot.GetUpdates(timeout: 30);
        await emulator.WaitForBotPolling();
        await ana.Send("/start");
        var updates = await poll;

        Assert.True(clock.Elapsed < TimeSpan.FromSeconds(5), $"the poll took {clock.Elapsed}");
        var update = Assert.Single(updates);
        Assert.Equal(UpdateType.Message, update.Type);
        Assert.Equal("/start", update.Message!.Text);
        Assert.Equal(ana.Id, update.Message.From!.Id);
        Assert.Equal(ana.Id, update.Message.Chat.Id);
        Assert.Equal(ChatType.Private, update.Message.Chat.Type);
        var entity = Assert.Single(update.Message.Entities!);
        Assert.Equal(MessageEntityType.BotCommand, entity.Type);
        Assert.Equal((0, 6), (entity.Offset, entity.Length));
    }

    [Fact]
    public async Task A_long_poll_with_nothing_to_deliver_returns_empty_after_its_timeout()
    {
        await using var emulator = await BotApiEmulator.StartAsync();
        var bot = TestBot.ClientFor(emulator);

        var updates = await bot.GetUpdates(timeout: 1);

        Assert.Empty(updates);
    }

    [Fact]
    public async Task Updates_stay_until_a_later_offset_confirms_them()
    {
        await using var emulator = await BotApiEmulator.StartAsync();
        var ana = emulator.AddUser("Ana");
        var bot = TestBot.ClientFor(emulator);
        await ana.Send("one");
        await ana.Send("two");

        var first = await bot.GetUpdates();
        var again = await bot.GetUpdates();
        var afterConfirmingOne = await bot.GetUpdates(offset: first[0].Id + 1);
        var afterConfirmingAll = await bot.GetUpdates(offset: first[1].Id + 1);

        Assert.Equal(["one", "two"], first.Select(u => u.Message!.Text));
        Assert.Equal(first.Select(u => u.Id), again.Select(u => u.Id));
        Assert.Equal("two", Assert.Single(afterConfirmingOne).Message!.Text);
        Assert.Empty(afterConfirmingAll);
        Assert.Equal(0, emulator.PendingUpdates);
    }

    [Fact]
    public async Task Limit_caps_how_many_updates_one_call_returns()
    {
        await using var emulator = await BotApiEmulator.StartAsync();
        var ana = emulator.AddUser("Ana");
        var bot = TestBot.ClientFor(emulator);
        for (var i = 0; i < 5; i++)
        {
            await ana.Send($"m{i}");
        }

        var updates = await bot.GetUpdates(limit: 2);

        Assert.Equal(["m0", "m1"], updates.Select(u => u.Message!.Text));
    }

    [Fact]
    public async Task Allowed_updates_filters_out_types_the_bot_did_not_ask_for()
    {
        await using var emulator = await BotApiEmulator.StartAsync();
        var ana = emulator.AddUser("Ana");
        var bot = TestBot.ClientFor(emulator);
        await ana.Send("/start");
        var menu = await bot.SendMessage(ana.Id, "Pick", replyMarkup: new Telegram.Bot.Types.ReplyMarkups.InlineKeyboardMarkup(
            Telegram.Bot.Types.ReplyMarkups.InlineKeyboardButton.WithCallbackData("A", "a")));
        var confirm = (await bot.GetUpdates())[^1].Id + 1;

        await bot.GetUpdates(offset: confirm, allowedUpdates: [UpdateType.CallbackQuery]);
        await ana.Send("ignored text");
        await ana.Press("A");
        var updates = await bot.GetUpdates(offset: confirm);

        var update = Assert.Single(updates);
        Assert.Equal(UpdateType.CallbackQuery, update.Type);
        Assert.Equal(menu.MessageId, update.CallbackQuery!.Message!.MessageId);
    }

    [Fact]
    public async Task A_client_that_gives_up_on_a_long_poll_ends_it_cleanly()
    {
        await using var emulator = await BotApiEmulator.StartAsync();
        var ana = emulator.AddUser("Ana");
        var bot = TestBot.ClientFor(emulator);
        using var cancel = new CancellationTokenSource();

        var poll = bot.GetUpdates(timeout: 30, cancellationToken: cancel.Token);
        await emulator.WaitForBotPolling();
        await cancel.CancelAsync();
        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => poll);
        var abandoned = await emulator.WaitForCall(c => c.Method == "getUpdates");
        await ana.Send("still here");
        var updates = await bot.GetUpdates(timeout: 5);

        Assert.Equal("still here", Assert.Single(updates).Message!.Text);
        Assert.Equal(0, abandoned.StatusCode);
        Assert.False(emulator.BotIsPolling);
    }

    [Fact]
    public async Task A_second_poller_ends_the_first_with_409_Conflict()
    {
        await using var emulator = await BotApiEmulator.StartAsync();
        var first = TestBot.ClientFor(emulator);
        var second = TestBot.ClientFor(emulator);

        var waiting = first.GetUpdates(timeout: 30);
        await emulator.WaitForBotPolling();
        var quick = await second.GetUpdates();

        var error = await Assert.ThrowsAsync<ApiRequestException>(() => waiting);
        Assert.Equal(409, error.ErrorCode);
        Assert.Empty(quick);
    }

    [Fact]
    public async Task Disposing_the_emulator_ends_a_waiting_long_poll_promptly()
    {
        var emulator = await BotApiEmulator.StartAsync();
        var bot = TestBot.ClientFor(emulator);
        var poll = bot.GetUpdates(timeout: 50);
        await emulator.WaitForBotPolling();
        var clock = Stopwatch.StartNew();

        await emulator.DisposeAsync();
        var outcome = await Record.ExceptionAsync(() => poll);

        Assert.True(clock.Elapsed < TimeSpan.FromSeconds(3), $"disposal took {clock.Elapsed}");
        Assert.True(outcome is null or RequestException, outcome?.ToString());
    }
}
