using System.Diagnostics;
using System.Text;
using HipBot.Core.CheckIns;
using HipBot.Tests.Support;

namespace HipBot.Tests.Core.CheckIns;

public class CheckInParserHostileInputTests
{
    [Fact]
    public void A_ten_thousand_character_message_is_not_read_as_a_check_in() =>
        Assert.IsType<ParsedCheckIn.Unrelated>(CheckInParser.Parse(string.Concat(Enumerable.Repeat("done ", 2000))));

    [Fact]
    public void Ten_thousand_emoji_are_not_read_as_a_check_in() =>
        Assert.IsType<ParsedCheckIn.Unrelated>(CheckInParser.Parse(string.Concat(Enumerable.Repeat("💪", 5000))));

    [Fact]
    public void A_short_row_of_check_in_emoji_is_done() =>
        Assert.IsType<ParsedCheckIn.AllDone>(CheckInParser.Parse("💪💪💪✅"));

    [Theory]
    [InlineData("99999999999999999999x99999999999")]
    [InlineData("2147483648 sets")]
    [InlineData("11 sets of 20")]
    [InlineData("3x101")]
    public void Absurd_numbers_get_a_question_not_a_log(string text) =>
        Assert.Equal("ask numbers", CheckInNotation.Of(CheckInParser.Parse(text)));

    [Theory]
    [InlineData("\0\u0001done\u0007", "done")]
    [InlineData("\uD83D done", "done")]
    [InlineData("done\uDE00", "done")]
    [InlineData("do\u0301ne", "unrelated")]
    [InlineData("готово", "unrelated")]
    [InlineData("تم", "unrelated")]
    [InlineData("x x x x x", "unrelated")]
    [InlineData("???", "unrelated")]
    [InlineData("!!!!!!", "unrelated")]
    [InlineData("clams 3x20\nraises 2x20\nsquats 2x20", "log clam 3x20; raise 2x20; squat 2x20")]
    [InlineData("\t3\tx\t20\t", "log all 3x20")]
    public void Odd_characters_neither_throw_nor_confuse(string text, string expected) =>
        Assert.Equal(expected, CheckInNotation.Of(CheckInParser.Parse(text)));

    [Fact]
    public void A_message_just_under_the_length_limit_is_still_read()
    {
        var text = "done" + new string(' ', CheckInParser.MaxCheckInLength - 4);
        Assert.IsType<ParsedCheckIn.AllDone>(CheckInParser.Parse(text));
    }

    [Fact]
    public void Hundreds_of_numbers_do_not_blow_up() =>
        Assert.Equal("ask numbers", CheckInNotation.Of(CheckInParser.Parse(string.Concat(Enumerable.Repeat("1 ", 150)))));

    [Fact]
    public void Random_mixtures_of_check_in_fragments_never_throw()
    {
        string[] fragments =
        [
            "done", "3", "x", "20", "×", "sets", "of", "reps", "clams", "side", "leg", "raises", "squats", "left", "right",
            "each", "but", "not", "no", "didn't", "yesterday", "skip", "rest", "day", "only", "half", "✅", "👍", "💪", "🙂",
            "?", "!", ",", ".", "\n", "all", "except", "twenty", "five", "a", "set", "by", "at", "10k", "ran", "later",
            "yet", "\uD83D", "\u200B", "0", "999999", "-", "'", "the", "my", "hips", "nothing", "some", "by 3",
        ];
        var random = new Random(20261125);
        for (var i = 0; i < 20_000; i++)
        {
            var text = new StringBuilder();
            var length = random.Next(0, 12);
            for (var k = 0; k < length; k++)
            {
                text.Append(fragments[random.Next(fragments.Length)]);
                if (random.Next(3) > 0)
                {
                    text.Append(' ');
                }
            }
            var parsed = CheckInParser.Parse(text.ToString());
            Assert.NotNull(parsed);
        }
    }

    [Fact]
    public void Parsing_is_fast_enough_to_run_on_every_message()
    {
        string[] messages =
        [
            "done", "clamshells 3x20, side raises 2x20, squats done", "all but the squats", "I ran 10k today",
            new string('a', 10_000), string.Concat(Enumerable.Repeat("😀", 140)),
        ];
        CheckInParser.Parse("warm up");
        var clock = Stopwatch.StartNew();
        for (var i = 0; i < 10_000; i++)
        {
            CheckInParser.Parse(messages[i % messages.Length]);
        }
        // Tens of milliseconds on a laptop (a few microseconds a parse); the bound only catches an accidental blow-up.
        Assert.True(clock.Elapsed < TimeSpan.FromSeconds(3), $"10,000 parses took {clock.Elapsed}.");
    }
}
