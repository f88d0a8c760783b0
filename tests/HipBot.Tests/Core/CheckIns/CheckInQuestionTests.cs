using System.Text;
using HipBot.Core.Buttons;
using HipBot.Core.CheckIns;
using HipBot.Core.Training;
using NodaTime;

namespace HipBot.Tests.Core.CheckIns;

public class CheckInQuestionTests
{
    private static readonly LocalDate Today = new(2026, 11, 25);

    private static ParsedCheckIn.Ambiguous Ambiguous(string text) =>
        Assert.IsType<ParsedCheckIn.Ambiguous>(CheckInParser.Parse(text));

    [Fact]
    public void A_vague_check_in_asks_how_much_with_done_and_log_buttons()
    {
        var reply = CheckInQuestion.For(Ambiguous("half"), Today);
        Assert.Equal("Nice! How much did you get through?", reply.Text);
        Assert.Equal(["plan:done:2026-11-25", "plan:log:2026-11-25"], reply.Buttons!.Single().Select(b => b.Data));
    }

    [Fact]
    public void A_vague_check_in_about_one_exercise_names_it_and_offers_logging_sets()
    {
        var reply = CheckInQuestion.For(Ambiguous("half the clams"), Today);
        Assert.Equal("Nice! How much of the clamshells did you get through?", reply.Text);
        Assert.Equal(["✏️ Log sets"], reply.Buttons!.Single().Select(b => b.Text));
    }

    [Fact]
    public void Unreadable_numbers_ask_again()
    {
        var reply = CheckInQuestion.For(Ambiguous("3x"), Today);
        Assert.StartsWith("I couldn't quite read those numbers.", reply.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void The_buttons_carry_the_check_ins_date_and_fit_the_limit()
    {
        var yesterday = Today.PlusDays(-1);
        var reply = CheckInQuestion.For(Ambiguous("did some yesterday"), yesterday);
        Assert.All(reply.Buttons!.SelectMany(r => r), b =>
        {
            var press = Assert.IsType<PlanPress>(CallbackData.TryDecode(b.Data));
            Assert.Equal(yesterday, press.Date);
            Assert.True(Encoding.UTF8.GetByteCount(b.Data) <= 64);
        });
    }

    [Fact]
    public void Day_offsets_resolve_against_today()
    {
        Assert.Equal(Today, DayOffset.Today.From(Today));
        Assert.Equal(new LocalDate(2026, 11, 24), DayOffset.Yesterday.From(Today));
        Assert.Equal(new LocalDate(2026, 2, 28), DayOffset.Yesterday.From(new LocalDate(2026, 3, 1)));
    }
}
