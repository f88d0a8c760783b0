using HipBot.Core.Breaks;
using NodaTime;

namespace HipBot.Tests.Core.Breaks;

public class PauseAnswerTests
{
    // A Monday, so "till Monday" is a full week away.
    private static readonly LocalDate Today = new(2025, 11, 24);

    [Theory]
    [InlineData("7 days", 2025, 12, 1)]
    [InlineData("a week", 2025, 12, 1)]
    [InlineData("one week", 2025, 12, 1)]
    [InlineData("2 weeks", 2025, 12, 8)]
    [InlineData("2weeks", 2025, 12, 8)]
    [InlineData("two weeks please", 2025, 12, 8)]
    [InlineData("for a couple of weeks", 2025, 12, 8)]
    [InlineData("a fortnight", 2025, 12, 8)]
    [InlineData("take a break for 2 weeks", 2025, 12, 8)]
    [InlineData("10d", 2025, 12, 4)]
    [InlineData("10 days", 2025, 12, 4)]
    [InlineData("1 month", 2025, 12, 24)]
    [InlineData("3 months", 2026, 2, 22)]
    [InlineData("90 days", 2026, 2, 22)]
    [InlineData("tomorrow", 2025, 11, 25)]
    [InlineData("next week", 2025, 12, 1)]
    public void Lengths_count_from_today_to_the_first_day_back(string text, int y, int m, int d) =>
        Assert.Equal(new LocalDate(y, m, d), PauseAnswer.Parse(text, Today));

    [Theory]
    [InlineData("until 3 Dec", 2025, 12, 3)]
    [InlineData("until dec 3", 2025, 12, 3)]
    [InlineData("Until December 3rd", 2025, 12, 3)]
    [InlineData("till the 3rd of december", 2025, 12, 3)]
    [InlineData("3 dec", 2025, 12, 3)]
    [InlineData("until 10 jan", 2026, 1, 10)]
    [InlineData("until 10 jan 2026", 2026, 1, 10)]
    [InlineData("till Monday", 2025, 12, 1)]
    [InlineData("until fri", 2025, 11, 28)]
    [InlineData("I'll be back next Monday", 2025, 12, 1)]
    [InlineData("until wednesday 3 dec", 2025, 12, 3)]
    [InlineData("25/12", 2025, 12, 25)]
    [InlineData("12/25", 2025, 12, 25)]
    [InlineData("12/12", 2025, 12, 12)]
    [InlineData("25.12.2025", 2025, 12, 25)]
    public void Until_a_date_means_that_date_is_the_first_day_back(string text, int y, int m, int d) =>
        Assert.Equal(new LocalDate(y, m, d), PauseAnswer.Parse(text, Today));

    [Theory]
    [InlineData("3/12")]          // 3 Dec or 12 Mar: refuse to guess
    [InlineData("5/6")]
    [InlineData("until 31 feb")]
    [InlineData("until 20 nov")]  // already passed this year, next year is beyond 90 days
    [InlineData("until tuesday 3 dec")] // 3 Dec is a Wednesday
    [InlineData("91 days")]
    [InlineData("4 months")]
    [InlineData("0 days")]
    [InlineData("0 weeks")]
    [InlineData("zero days")]
    [InlineData("today")]
    [InlineData("until yesterday")]
    [InlineData("until 23.11.2025")]
    [InlineData("until 1/1/2020")]
    [InlineData("99999 days")]
    [InlineData("5000 weeks")]
    [InlineData("7")]
    [InlineData("a while")]
    [InlineData("through sunday")]
    [InlineData("banana")]
    [InlineData("99999999999999 days")]
    [InlineData("")]
    [InlineData("   ")]
    [InlineData(null)]
    public void Anything_unclear_or_too_long_is_refused(string? text) =>
        Assert.Null(PauseAnswer.Parse(text, Today));

    [Theory]
    [InlineData("-5 days")]
    [InlineData("−5 days")]
    [InlineData("-2 weeks")]
    [InlineData("– 2 weeks")]
    [InlineData("-1 month")]
    [InlineData("for -10d")]
    [InlineData("pause -1 fortnight")]
    public void A_length_with_a_minus_sign_is_refused_rather_than_read_without_it(string text) =>
        Assert.Null(PauseAnswer.Parse(text, Today));

    [Fact]
    public void Till_monday_on_a_monday_means_next_monday() =>
        Assert.Equal(Today.PlusWeeks(1), PauseAnswer.Parse("till monday", Today));

    [Fact]
    public void A_leap_day_is_found_in_the_year_that_has_one() =>
        Assert.Equal(new LocalDate(2028, 2, 29), PauseAnswer.Parse("until 29 feb", new LocalDate(2028, 1, 10)));

    [Fact]
    public void Parsing_never_throws_whatever_is_typed()
    {
        var random = new Random(20251124);
        const string alphabet = "0123456789/.-: abcdefghijklmnopqrstuvwxyzDECMONäß🏃";
        for (var i = 0; i < 5000; i++)
        {
            var chars = Enumerable.Range(0, random.Next(0, 30)).Select(_ => alphabet[random.Next(alphabet.Length)]).ToArray();
            var end = PauseAnswer.Parse(new string(chars), Today);
            Assert.True(end is null || (end > Today && end <= Today.PlusDays(PauseAnswer.MaxDays)));
        }
        Assert.Null(PauseAnswer.Parse("until 31/12/9999", new LocalDate(9999, 12, 30)));
        Assert.Null(PauseAnswer.Parse("3 days", new LocalDate(9999, 12, 30)));
    }
}
