using Telegram.Bot;
using Telegram.Bot.Types;
using Telegram.Bot.Types.Enums;

namespace HipBot.TelegramEmulator.Tests;

public class UserActionTests
{
    [Fact]
    public async Task Sharing_a_location_reaches_the_bot_as_a_location_message()
    {
        await using var emulator = await BotApiEmulator.StartAsync();
        var ana = emulator.AddUser("Ana");
        var bot = TestBot.ClientFor(emulator);

        await ana.ShareLocation(52.52, 13.40);
        var update = Assert.Single(await bot.GetUpdates());

        Assert.Equal(MessageType.Location, update.Message!.Type);
        Assert.Equal(52.52, update.Message.Location!.Latitude, 6);
        Assert.Equal(13.40, update.Message.Location.Longitude, 6);
        Assert.Equal(new SharedLocation(52.52, 13.40), Assert.Single(ana.Transcript).Location);
    }

    [Fact]
    public async Task A_forwarded_message_reaches_the_bot_from_the_forwarder_with_the_author_as_its_origin()
    {
        await using var emulator = await BotApiEmulator.StartAsync();
        var ana = emulator.AddUser("Ana");
        var bot = TestBot.ClientFor(emulator);

        await ana.Forward("3x20 done", "Ben");
        var message = Assert.Single(await bot.GetUpdates()).Message!;

        Assert.Equal("3x20 done", message.Text);
        Assert.Equal(ana.Id, message.From!.Id);
        var origin = Assert.IsType<MessageOriginUser>(message.ForwardOrigin);
        Assert.Equal("Ben", origin.SenderUser.FirstName);
        Assert.NotEqual(ana.Id, origin.SenderUser.Id);
        Assert.Equal("Ben", Assert.Single(ana.Transcript).ForwardedFrom);
    }

    [Fact]
    public async Task Message_dates_follow_the_emulators_clock()
    {
        var frozen = new DateTimeOffset(2030, 1, 2, 3, 4, 5, TimeSpan.Zero);
        await using var emulator = await BotApiEmulator.StartAsync(new EmulatorOptions { TimeProvider = new FrozenClock(frozen) });
        var ana = emulator.AddUser("Ana");
        var bot = TestBot.ClientFor(emulator);

        await ana.Send("hi");
        var update = Assert.Single(await bot.GetUpdates());
        var reply = await bot.SendMessage(ana.Id, "hello");

        Assert.Equal(frozen.UtcDateTime, update.Message!.Date);
        Assert.Equal(frozen.UtcDateTime, reply.Date);
        Assert.All(ana.Transcript, m => Assert.Equal(frozen, m.Date));
    }

    [Fact]
    public async Task Multipart_requests_work_like_json_ones()
    {
        await using var emulator = await BotApiEmulator.StartAsync();
        var ana = emulator.AddUser("Ana");
        using var http = new HttpClient();
        using var form = new MultipartFormDataContent
        {
            { new StringContent(ana.Id.ToString(System.Globalization.CultureInfo.InvariantCulture)), "chat_id" },
            { new StringContent("via multipart"), "text" },
        };

        using var response = await http.PostAsync(new Uri(emulator.BaseUrl, $"/bot{emulator.Token}/sendMessage"), form);

        Assert.True(response.IsSuccessStatusCode, await response.Content.ReadAsStringAsync());
        Assert.Equal("via multipart", (await ana.NextMessage()).Text);
    }

    [Fact]
    public async Task WaitForCall_sees_calls_that_already_happened_and_ones_still_to_come()
    {
        await using var emulator = await BotApiEmulator.StartAsync();
        var ana = emulator.AddUser("Ana");
        var bot = TestBot.ClientFor(emulator);
        await bot.GetMe();

        var earlier = await emulator.WaitForCall(c => c.Method == "getMe");
        var later = emulator.WaitForCall(c => c.Method == "sendChatAction" && c.ChatId == ana.Id);
        await bot.SendChatAction(ana.Id, ChatAction.Typing);

        Assert.Equal(200, earlier.StatusCode);
        Assert.Equal(200, (await later).StatusCode);
    }

    private sealed class FrozenClock(DateTimeOffset now) : TimeProvider
    {
        public override DateTimeOffset GetUtcNow() => now;
    }
}
