using Telegram.Bot;
using Telegram.Bot.Exceptions;
using Telegram.Bot.Requests;
using Telegram.Bot.Types;
using Telegram.Bot.Types.Enums;

namespace HipBot.TelegramEmulator.Tests;

public class BasicMethodsTests
{
    [Fact]
    public async Task GetMe_returns_the_bot_that_the_token_names()
    {
        await using var emulator = await BotApiEmulator.StartAsync();
        var bot = TestBot.ClientFor(emulator);

        var me = await bot.GetMe();

        Assert.Equal(emulator.BotId, me.Id);
        Assert.True(me.IsBot);
        Assert.Equal(emulator.BotUsername, me.Username);
        Assert.Equal("127.0.0.1", emulator.BaseUrl.Host);
    }

    [Fact]
    public async Task A_wrong_token_is_answered_with_401_Unauthorized()
    {
        await using var emulator = await BotApiEmulator.StartAsync();
        var bot = TestBot.ClientFor(emulator, token: "42:not-the-right-secret");

        var error = await Assert.ThrowsAsync<ApiRequestException>(() => bot.GetMe());

        Assert.Equal(401, error.ErrorCode);
        Assert.Equal("Unauthorized", error.Message);
    }

    [Fact]
    public async Task An_unknown_method_is_answered_with_404_Not_Found()
    {
        await using var emulator = await BotApiEmulator.StartAsync();
        var bot = TestBot.ClientFor(emulator);

        var error = await Assert.ThrowsAsync<ApiRequestException>(() => bot.SendRequest(new GetStarTransactionsRequest()));

        Assert.Equal(404, error.ErrorCode);
        Assert.Equal("Not Found", error.Message);
    }

    [Fact]
    public async Task Form_encoded_requests_work_like_json_ones()
    {
        await using var emulator = await BotApiEmulator.StartAsync();
        var ana = emulator.AddUser("Ana");
        using var http = new HttpClient();

        using var form = new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["chat_id"] = ana.Id.ToString(System.Globalization.CultureInfo.InvariantCulture),
            ["text"] = "via form",
            ["reply_markup"] = """{"inline_keyboard":[[{"text":"Go","callback_data":"go"}]]}""",
        });
        using var response = await http.PostAsync(new Uri(emulator.BaseUrl, $"/bot{emulator.Token}/sendMessage"), form);
        var body = await response.Content.ReadAsStringAsync();

        Assert.True(response.IsSuccessStatusCode, body);
        var message = await ana.NextMessage();
        Assert.Equal("via form", message.Text);
        Assert.Equal("go", Assert.Single(message.AllButtons).CallbackData);
    }

    [Fact]
    public async Task SetMyCommands_is_remembered_per_scope()
    {
        await using var emulator = await BotApiEmulator.StartAsync();
        var bot = TestBot.ClientFor(emulator);

        await bot.SetMyCommands([new BotCommand("start", "Begin"), new BotCommand("checkin", "Log today's workout")]);
        await bot.SetMyCommands([new BotCommand("stats", "Group stats")], BotCommandScope.AllGroupChats());

        Assert.Equal(["start", "checkin"], emulator.Commands.Select(c => c.Command));
        Assert.Equal("stats", Assert.Single(emulator.CommandsByScope["all_group_chats"]).Command);
        Assert.Equal(2, (await bot.GetMyCommands()).Length);
    }

    [Fact]
    public async Task SetMyCommands_rejects_a_command_Telegram_would_reject()
    {
        await using var emulator = await BotApiEmulator.StartAsync();
        var bot = TestBot.ClientFor(emulator);

        var error = await Assert.ThrowsAsync<ApiRequestException>(() => bot.SetMyCommands([new BotCommand("Check-In", "nope")]));

        Assert.Equal(400, error.ErrorCode);
        Assert.Empty(emulator.Commands);
    }

    [Fact]
    public async Task GetChat_and_GetChatMember_describe_private_chats_and_groups()
    {
        await using var emulator = await BotApiEmulator.StartAsync();
        var ana = emulator.AddUser("Ana");
        var ben = emulator.AddUser("Ben");
        var cleo = emulator.AddUser("Cleo");
        var group = emulator.AddGroup("Hip Club", admin: ana, members: [ben, cleo]);
        group.Promote(cleo);
        var bot = TestBot.ClientFor(emulator);

        var privateChat = await bot.GetChat(ana.Id);
        var groupChat = await bot.GetChat(group.Id);

        Assert.Equal(ChatType.Private, privateChat.Type);
        Assert.Equal("Ana", privateChat.FirstName);
        Assert.Equal(ChatType.Supergroup, groupChat.Type);
        Assert.Equal("Hip Club", groupChat.Title);
        Assert.True(group.Id < 0);
        Assert.Equal(ChatMemberStatus.Creator, (await bot.GetChatMember(group.Id, ana.Id)).Status);
        Assert.Equal(ChatMemberStatus.Member, (await bot.GetChatMember(group.Id, ben.Id)).Status);
        Assert.Equal(ChatMemberStatus.Administrator, (await bot.GetChatMember(group.Id, cleo.Id)).Status);
        Assert.Equal(ChatMemberStatus.Member, (await bot.GetChatMember(ana.Id, ana.Id)).Status);
    }

    [Fact]
    public async Task Users_get_distinct_ids_and_their_private_chat_id_is_their_user_id()
    {
        await using var emulator = await BotApiEmulator.StartAsync();

        var ana = emulator.AddUser("Ana");
        var ana2 = emulator.AddUser("Ana");

        Assert.NotEqual(ana.Id, ana2.Id);
        Assert.Equal(ana.Id, ana.ChatId);
        Assert.NotEqual(ana.Username, ana2.Username);
    }

    [Fact]
    public async Task SendChatAction_is_accepted_and_logged_with_its_chat()
    {
        await using var emulator = await BotApiEmulator.StartAsync();
        var ana = emulator.AddUser("Ana");
        var bot = TestBot.ClientFor(emulator);

        await bot.SendChatAction(ana.Id, ChatAction.Typing);

        var call = Assert.Single(emulator.CallsTo("sendChatAction"));
        Assert.Equal(ana.Id, call.ChatId);
        Assert.Equal(200, call.StatusCode);
    }

    [Fact]
    public async Task A_chat_the_emulator_does_not_know_is_not_found()
    {
        await using var emulator = await BotApiEmulator.StartAsync();
        var bot = TestBot.ClientFor(emulator);

        var error = await Assert.ThrowsAsync<ApiRequestException>(() => bot.SendMessage(12345, "hello?"));

        Assert.Equal(400, error.ErrorCode);
        Assert.Equal("Bad Request: chat not found", error.Message);
    }

    [Fact]
    public async Task The_bot_cannot_start_a_conversation_with_a_user_who_never_opened_it()
    {
        await using var emulator = await BotApiEmulator.StartAsync();
        var shy = emulator.AddUser("Shy", startedBot: false);
        var bot = TestBot.ClientFor(emulator);

        var error = await Assert.ThrowsAsync<ApiRequestException>(() => bot.SendMessage(shy.Id, "hi"));
        await shy.Send("/start");
        await bot.SendMessage(shy.Id, "hi");

        Assert.Equal(403, error.ErrorCode);
        Assert.Equal("Forbidden: bot can't initiate conversation with a user", error.Message);
        Assert.Equal("hi", (await shy.NextMessage()).Text);
    }
}
