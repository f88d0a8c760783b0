using System.Collections.Concurrent;
using Telegram.Bot;
using Telegram.Bot.Polling;
using Telegram.Bot.Types.ReplyMarkups;

namespace HipBot.TelegramEmulator.Tests;

/// <summary>A tiny bot on Telegram.Bot's own polling loop, driven through the scripted-user API.</summary>
public class EndToEndTests
{
    [Fact]
    public async Task Many_users_talking_at_once_each_get_every_answer_once_and_in_order()
    {
        await using var emulator = await BotApiEmulator.StartAsync();
        var errors = new ConcurrentQueue<Exception>();
        using var stop = new CancellationTokenSource();
        StartEchoBot(TestBot.ClientFor(emulator), errors, stop.Token);
        await emulator.WaitForBotPolling();
        var users = Enumerable.Range(0, 20).Select(i => emulator.AddUser($"User{i}")).ToList();

        await Task.WhenAll(users.Select(async user =>
        {
            for (var i = 0; i < 5; i++)
            {
                await user.Send($"hi {i}");
            }
        }));
        var answers = await Task.WhenAll(users.Select(async user =>
        {
            var texts = new List<string?>();
            for (var i = 0; i < 5; i++)
            {
                texts.Add((await user.NextMessage()).Text);
            }

            return texts;
        }));
        await emulator.WaitForUpdatesConsumed();
        await stop.CancelAsync();

        Assert.Empty(errors);
        Assert.All(answers, texts => Assert.Equal(Enumerable.Range(0, 5).Select(i => $"echo: hi {i}"), texts));
        Assert.All(users, user => Assert.Equal(10, user.Transcript.Count));
    }

    [Fact]
    public async Task A_press_is_answered_and_the_message_edited_through_the_real_polling_loop()
    {
        await using var emulator = await BotApiEmulator.StartAsync();
        var errors = new ConcurrentQueue<Exception>();
        using var stop = new CancellationTokenSource();
        StartEchoBot(TestBot.ClientFor(emulator), errors, stop.Token);
        var ana = emulator.AddUser("Ana");

        await ana.Send("/menu");
        var menu = await ana.NextMessage();
        var press = await ana.Press("Go");
        var answer = await press.WaitForAnswer();
        var edited = await ana.NextEdit();
        await stop.CancelAsync();

        Assert.Empty(errors);
        Assert.Equal("ok", answer.Text);
        Assert.Equal(menu.MessageId, edited.MessageId);
        Assert.Equal("pressed go", edited.Text);
        Assert.Empty(edited.Buttons);
    }

    [Fact]
    public async Task Thousands_of_concurrent_sends_all_land_exactly_once()
    {
        await using var emulator = await BotApiEmulator.StartAsync();
        var users = Enumerable.Range(0, 10).Select(i => emulator.AddUser($"User{i}")).ToList();
        var bot = TestBot.ClientFor(emulator);

        await Parallel.ForEachAsync(Enumerable.Range(0, 2000), new ParallelOptions { MaxDegreeOfParallelism = 8 }, async (i, ct) =>
            await bot.SendMessage(users[i % users.Count].Id, $"n{i}", cancellationToken: ct));

        var texts = users.SelectMany(u => u.Transcript).Select(m => m.Text).ToList();
        Assert.Equal(2000, texts.Count);
        Assert.Equal(2000, texts.Distinct().Count());
        Assert.All(users, u => Assert.Equal(u.Transcript.Select(m => m.MessageId).Order(), u.Transcript.Select(m => m.MessageId)));
        Assert.Equal(2000, emulator.CallsTo("sendMessage").Count(c => c.Succeeded));
    }

    private static void StartEchoBot(TelegramBotClient bot, ConcurrentQueue<Exception> errors, CancellationToken stop) =>
        bot.StartReceiving(
            async (client, update, ct) =>
            {
                if (update.Message is { Text: "/menu" } menu)
                {
                    await client.SendMessage(menu.Chat.Id, "Menu", replyMarkup: new InlineKeyboardMarkup(InlineKeyboardButton.WithCallbackData("Go", "go")), cancellationToken: ct);
                }
                else if (update.Message is { Text: { } text } message)
                {
                    await client.SendMessage(message.Chat.Id, "echo: " + text, cancellationToken: ct);
                }
                else if (update.CallbackQuery is { Message: { } pressed } query)
                {
                    await client.AnswerCallbackQuery(query.Id, "ok", cancellationToken: ct);
                    await client.EditMessageText(pressed.Chat.Id, pressed.MessageId, "pressed " + query.Data, cancellationToken: ct);
                }
            },
            (client, exception, source, ct) =>
            {
                if (!ct.IsCancellationRequested)
                {
                    errors.Enqueue(exception);
                }

                return Task.CompletedTask;
            },
            new ReceiverOptions { DropPendingUpdates = false },
            stop);
}
