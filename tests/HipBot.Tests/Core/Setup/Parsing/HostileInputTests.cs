using HipBot.Core.Setup.Parsing;


namespace HipBot.Tests.Core.Setup.Parsing;

/// <summary>Whatever a chat delivers, every parser answers null rather than throwing.</summary>
public class HostileInputTests
{
    public static TheoryData<string> Hostile => new()
    {
        "",
        " ",
        "\t\r\n",
        "\0",
        "\u0001\u0002\u0003\u001b[31m",
        "\u200b\u200d\ufeff",
        "🏃‍♀️🏃‍♂️💪🔥",
        "\ud800",
        "\udfff\ud800",
        "a\u0301\u0301\u0301\u0301",
        "\u202eniltreB",
        "%s%n{0}",
        "'; DROP TABLE users; --",
        "<script>alert(1)</script>",
        "((((((((((((((((((((",
        "::::::::::",
        "+-+-+-+-",
        "99999999999999999999999999",
        "-99999999999999999999:99",
        new string('9', 10_000),
        new string('a', 10_000),
        string.Concat(Enumerable.Repeat("🏃", 5_000)),
        string.Concat(Enumerable.Repeat("mon ", 2_500)),
        string.Concat(Enumerable.Repeat("Berlin ", 1_500)),
        string.Concat(Enumerable.Repeat("yes ", 2_500)),
    };

    [Theory]
    [MemberData(nameof(Hostile))]
    public void Time_zone_parsing_survives_hostile_input(string text)
    {
        Assert.Null(TimeZoneAnswer.Parse(text));
    }

    [Theory]
    [MemberData(nameof(Hostile))]
    public void Time_of_day_parsing_survives_hostile_input(string text)
    {
        Assert.Null(TimeOfDayAnswer.Parse(text));
    }

    [Theory]
    [MemberData(nameof(Hostile))]
    public void Training_days_parsing_survives_hostile_input(string text)
    {
        Assert.Null(TrainingDaysAnswer.Parse(text));
    }

    [Theory]
    [MemberData(nameof(Hostile))]
    public void Yes_no_parsing_survives_hostile_input(string text)
    {
        Assert.Null(YesNoAnswer.Parse(text));
    }

    [Fact]
    public void A_null_answer_is_treated_as_no_answer()
    {
        string text = null!;

        Assert.Null(TimeZoneAnswer.Parse(text));
        Assert.Null(TimeOfDayAnswer.Parse(text));
        Assert.Null(TrainingDaysAnswer.Parse(text));
        Assert.Null(YesNoAnswer.Parse(text));
    }
}
