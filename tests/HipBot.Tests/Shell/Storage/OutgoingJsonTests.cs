using HipBot.Core.Messages;
using HipBot.Shell.Storage;

namespace HipBot.Tests.Shell.Storage;

public class OutgoingJsonTests
{
    [Fact]
    public void Each_kind_is_stored_as_its_record_under_its_name()
    {
        Assert.Equal(
            """{"Kind":"send","ChatId":7,"Reply":{"Text":"Hi","Buttons":[[{"Text":"Go","Data":"go:1"}]]},"Key":"plan:2026-11-25"}""",
            OutgoingJson.Encode(new SendMessage(7, Reply.WithButtons("Hi", [new Button("Go", "go:1")]), "plan:2026-11-25")));
        Assert.Equal(
            """{"Kind":"edit","ChatId":7,"Reply":{"Text":"Hi again","Buttons":null},"MessageId":null,"TargetKey":"plan:2026-11-25"}""",
            OutgoingJson.Encode(new EditMessage(7, new Reply("Hi again"), TargetKey: "plan:2026-11-25")));
        Assert.Equal(
            """{"Kind":"answer","ChatId":7,"CallbackQueryId":"cb-1","Toast":"Logged"}""",
            OutgoingJson.Encode(new AnswerButton(7, "cb-1", "Logged")));
        Assert.Equal(["send", "edit", "answer"], new Outgoing[] { new SendMessage(7, new Reply("")), new EditMessage(7, new Reply("")), new AnswerButton(7, "") }.Select(OutgoingJson.KindOf));
    }

    public static TheoryData<Outgoing> Messages() =>
    [
        new SendMessage(-1001, Reply.WithButtons("✅ Done · \"quoted\"\nnext line", [new Button("✅", "done:1"), new Button("⏭", "skip:1")], [new Button("Later", "later:1")])),
        new SendMessage(7, new Reply("Plain"), "plan:2026-11-25"),
        new EditMessage(7, new Reply("By id"), MessageId: 42),
        new EditMessage(7, Reply.WithButtons("By key", [new Button("Done", "done:1")]), TargetKey: "plan:2026-11-25"),
        new AnswerButton(7, "cb-1"),
        new AnswerButton(7, "cb-2", "Logged 3 × 20"),
    ];

    [Theory]
    [MemberData(nameof(Messages))]
    public void A_stored_message_reads_back_as_the_same_record(Outgoing message)
    {
        var (read, problem) = OutgoingJson.Decode(OutgoingJson.KindOf(message), message.ChatId, OutgoingJson.Encode(message));

        Assert.Null(problem);
        Assert.IsType(message.GetType(), read);
        // Buttons are lists, which records compare by reference: the encoding compares them by content.
        Assert.Equal(OutgoingJson.Encode(message), OutgoingJson.Encode(read!));
    }

    [Theory]
    [InlineData("send", """{"Kind":"poke","ChatId":7,"Reply":{"Text":"Hi"}}""", "'poke'")]
    [InlineData("send", """{"ChatId":7,"Reply":{"Text":"Hi"}}""", "type discriminator")]
    [InlineData("send", """{"Kind":"send","ChatId":7}""", "Reply")]
    [InlineData("send", """{"Kind":"send","ChatId":7,"Reply":{"Text":null}}""", "Text")]
    [InlineData("answer", """{"Kind":"answer","ChatId":7,"CallbackQueryId":null}""", "CallbackQueryId")]
    [InlineData("send", "not json at all", "invalid")]
    [InlineData("send", "null", "null")]
    [InlineData("edit", """{"Kind":"send","ChatId":7,"Reply":{"Text":"Hi"}}""", "kind send, the row says edit")]
    [InlineData("send", """{"Kind":"send","ChatId":8,"Reply":{"Text":"Hi"}}""", "for chat 8, the row for 7")]
    public void A_row_that_cannot_be_read_back_says_why(string kind, string payload, string why)
    {
        var (message, problem) = OutgoingJson.Decode(kind, 7, payload);

        Assert.Null(message);
        Assert.Contains(why, problem, StringComparison.Ordinal);
    }

    [Fact]
    public void The_kind_may_come_anywhere_in_the_payload()
    {
        var (message, problem) = OutgoingJson.Decode("answer", 7, """{"ChatId":7,"CallbackQueryId":"cb-1","Kind":"answer"}""");

        Assert.Null(problem);
        Assert.Equal(new AnswerButton(7, "cb-1"), message);
    }

    [Fact]
    public void A_message_of_no_known_kind_cannot_be_stored()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => OutgoingJson.KindOf(new Unknown(7)));
    }

    private sealed record Unknown(long ChatId) : Outgoing(ChatId);
}
