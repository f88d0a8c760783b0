using HipBot.Core.Chats;
using HipBot.Shell.Telegram;
using Telegram.Bot.Types;
using Telegram.Bot.Types.Enums;

namespace HipBot.Tests.Shell.Telegram;

public class UpdateInputsTests
{
    private static MessageOrigin Origin(string kind) => kind switch
    {
        "user" => new MessageOriginUser { SenderUser = new User { Id = 7, FirstName = "Ben" } },
        "hidden_user" => new MessageOriginHiddenUser { SenderUserName = "Ben" },
        "chat" => new MessageOriginChat { SenderChat = new Chat { Id = -100, Type = ChatType.Group } },
        _ => new MessageOriginChannel { Chat = new Chat { Id = -1001, Type = ChatType.Channel }, MessageId = 3 },
    };

    [Theory]
    [InlineData("user")]
    [InlineData("hidden_user")]
    [InlineData("chat")]
    [InlineData("channel")]
    public void A_forwarded_text_is_someone_elses_words_whoever_wrote_it(string origin)
    {
        var message = new Message { Text = "3x20 done", ForwardOrigin = Origin(origin) };

        Assert.IsType<ForwardedInput>(UpdateInputs.FromMessage(message));
    }

    [Fact]
    public void A_forwarded_command_is_not_obeyed()
    {
        var message = new Message
        {
            Text = "/stop",
            Entities = [new MessageEntity { Type = MessageEntityType.BotCommand, Offset = 0, Length = 5 }],
            ForwardOrigin = Origin("user"),
        };

        Assert.IsType<ForwardedInput>(UpdateInputs.FromMessage(message));
    }

    [Fact]
    public void A_forwarded_location_does_not_answer_for_the_user()
    {
        var message = new Message { Location = new Location { Latitude = 52.52, Longitude = 13.40 }, ForwardOrigin = Origin("user") };

        Assert.IsType<ForwardedInput>(UpdateInputs.FromMessage(message));
    }
}
