using HipBot.Core.Messages;
using HipBot.Core.Reports;
using HipBot.Shell.Storage;
using NodaTime;

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
        Assert.Equal(["document", "chart", "last"], new Outgoing[] { new SendDocument(7, new TextFile("a.csv", "")), new SendChart(7, new ProgressChart([])), new LastMessage(7, new Reply("")) }.Select(OutgoingJson.KindOf));
    }

    public static TheoryData<Outgoing> Messages() =>
    [
        new SendMessage(-1001, Reply.WithButtons("✅ Done · \"quoted\"\nnext line", [new Button("✅", "done:1"), new Button("⏭", "skip:1")], [new Button("Later", "later:1")])),
        new SendMessage(7, new Reply("Plain"), "plan:2026-11-25"),
        new EditMessage(7, new Reply("By id"), MessageId: 42),
        new EditMessage(7, Reply.WithButtons("By key", [new Button("Done", "done:1")]), TargetKey: "plan:2026-11-25"),
        new AnswerButton(7, "cb-1"),
        new AnswerButton(7, "cb-2", "Logged 3 × 20"),
        new SendDocument(7, new TextFile("hipbot-check-ins-2026-11-25.csv", "date,exercise\r\n2026-11-25,\"a, \"\"b\"\"\"\r\n"), "Your check-ins"),
        new SendDocument(7, new TextFile("empty.csv", "")),
        new SendChart(7, Chart, "Last 12 weeks: 3 of 4"),
        new LastMessage(7, new Reply("Goodbye")),
    ];

    private static readonly ProgressChart Chart = new(
    [
        new ChartWeek(new LocalDate(2026, 11, 16), 1, 1, 3, 0, null),
        new ChartWeek(new LocalDate(2026, 11, 23), 1, 0, 3, 2, 4),
    ]);

    [Fact]
    public void A_chart_is_stored_as_its_numbers_with_iso_dates() =>
        Assert.Equal(
            """{"Kind":"chart","ChatId":7,"Chart":{"Weeks":[{"Monday":"2026-11-16","Done":1,"Partial":1,"Planned":3,"Upcoming":0,"Level":null},{"Monday":"2026-11-23","Done":1,"Partial":0,"Planned":3,"Upcoming":2,"Level":4}]},"Caption":null}""",
            OutgoingJson.Encode(new SendChart(7, Chart)));

    [Fact]
    public void A_chart_whose_date_is_no_iso_date_cannot_be_read_back()
    {
        var (message, problem) = OutgoingJson.Decode("chart", 7,
            """{"Kind":"chart","ChatId":7,"Chart":{"Weeks":[{"Monday":20261116,"Done":1,"Partial":1,"Planned":3,"Upcoming":0,"Level":null}]}}""");

        Assert.Null(message);
        Assert.Contains("ISO", problem, StringComparison.Ordinal);
    }

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
