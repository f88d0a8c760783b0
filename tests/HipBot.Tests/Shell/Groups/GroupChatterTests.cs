using System.Text.Json;
using HipBot.Shell.Groups;

namespace HipBot.Tests.Shell.Groups;

public class GroupChatterTests
{
    private const long BotId = 777;

    private static bool IsChatter(string message) =>
        GroupChatter.IsChatter(JsonDocument.Parse($$"""{"update_id":1,"message":{{message}}}""").RootElement, BotId, "HipBot");

    private static string InGroup(string fields, string type = "supergroup") =>
        $$"""{"message_id":5,"chat":{"id":-100,"type":"{{type}}"},"from":{"id":9,"is_bot":false,"first_name":"Ana"},{{fields}}}""";

    [Theory]
    [InlineData("\"text\":\"morning all\"", true)]
    [InlineData("\"text\":\"/done@SomeOtherBot\"", true)]
    [InlineData("\"text\":\"/done@HipBot 3x20\"", false)]
    [InlineData("\"text\":\"/done@hipbot\"", false)]
    [InlineData("\"text\":\"/done\"", false)]
    [InlineData("\"text\":\"hey @HipBot\"", false)]
    [InlineData("\"text\":\"3x20\",\"reply_to_message\":{\"message_id\":4,\"chat\":{\"id\":-100,\"type\":\"supergroup\"},\"from\":{\"id\":777,\"is_bot\":true,\"first_name\":\"HipBot\"}}", false)]
    [InlineData("\"text\":\"3x20\",\"reply_to_message\":{\"message_id\":4,\"chat\":{\"id\":-100,\"type\":\"supergroup\"},\"from\":{\"id\":8,\"is_bot\":false,\"first_name\":\"Ben\"}}", true)]
    [InlineData("\"left_chat_member\":{\"id\":9,\"is_bot\":false,\"first_name\":\"Ana\"}", false)]
    [InlineData("\"new_chat_members\":[{\"id\":9,\"is_bot\":false,\"first_name\":\"Ana\"}]", false)]
    [InlineData("\"migrate_to_chat_id\":-1009", false)]
    [InlineData("\"photo\":[]", true)]
    public void A_groups_message_is_chatter_unless_it_is_addressed_to_the_bot_or_a_service_message_it_acts_on(string fields, bool chatter) =>
        Assert.Equal(chatter, IsChatter(InGroup(fields)));

    [Fact]
    public void A_basic_groups_chatter_is_chatter_too() => Assert.True(IsChatter(InGroup("\"text\":\"morning\"", "group")));

    [Theory]
    [InlineData("""{"message_id":5,"chat":{"id":9,"type":"private"},"text":"morning all"}""")]
    [InlineData("""{"message_id":5,"chat":"not an object"}""")]
    public void Private_chats_and_odd_shapes_are_never_chatter(string message) => Assert.False(IsChatter(message));

    [Fact]
    public void Callback_queries_and_member_updates_are_never_chatter() =>
        Assert.False(GroupChatter.IsChatter(JsonDocument.Parse("""{"update_id":1,"callback_query":{"id":"1","data":"g:done"}}""").RootElement, BotId, "HipBot"));
}
