using HipBot.Core.Setup.Parsing;
using NodaTime;

namespace HipBot.Tests.Core.Setup.Parsing;

public class TimeOfDayAnswerTests
{
    [Theory]
    [InlineData("7:30", 7, 30)]
    [InlineData("07:30", 7, 30)]
    [InlineData("19:00", 19, 0)]
    [InlineData("19:45", 19, 45)]
    [InlineData("0:15", 0, 15)]
    [InlineData("00:00", 0, 0)]
    [InlineData("23:59", 23, 59)]
    [InlineData("7.30", 7, 30)]
    [InlineData("19.30", 19, 30)]
    [InlineData("0730", 7, 30)]
    [InlineData("1930", 19, 30)]
    [InlineData("730", 7, 30)]
    [InlineData("19h", 19, 0)]
    [InlineData("19h30", 19, 30)]
    [InlineData("19 h", 19, 0)]
    [InlineData("7", 7, 0)]
    [InlineData("18", 18, 0)]
    [InlineData("7 30", 7, 30)]
    [InlineData("07:30:00", 7, 30)]
    [InlineData(" 6:45 ", 6, 45)]
    [InlineData("6:45.", 6, 45)]
    public void Clock_times_are_read_on_the_24_hour_clock(string text, int hour, int minute)
    {
        Assert.Equal(new LocalTime(hour, minute), TimeOfDayAnswer.Parse(text));
    }

    [Theory]
    [InlineData("7pm", 19, 0)]
    [InlineData("7 pm", 19, 0)]
    [InlineData("7PM", 19, 0)]
    [InlineData("7 p.m.", 19, 0)]
    [InlineData("7.30 am", 7, 30)]
    [InlineData("7:30am", 7, 30)]
    [InlineData("7:30 A.M.", 7, 30)]
    [InlineData("730pm", 19, 30)]
    [InlineData("12am", 0, 0)]
    [InlineData("12 pm", 12, 0)]
    [InlineData("12:30am", 0, 30)]
    [InlineData("11:59 pm", 23, 59)]
    [InlineData("6a", 6, 0)]
    [InlineData("9p", 21, 0)]
    public void Twelve_hour_times_use_am_and_pm(string text, int hour, int minute)
    {
        Assert.Equal(new LocalTime(hour, minute), TimeOfDayAnswer.Parse(text));
    }

    [Theory]
    [InlineData("noon", 12, 0)]
    [InlineData("Noon!", 12, 0)]
    [InlineData("midday", 12, 0)]
    [InlineData("12 noon", 12, 0)]
    [InlineData("at noon", 12, 0)]
    [InlineData("midnight", 0, 0)]
    [InlineData("at 7", 7, 0)]
    [InlineData("around 6pm", 18, 0)]
    [InlineData("7ish", 7, 0)]
    [InlineData("7pm-ish", 19, 0)]
    [InlineData("7 o'clock", 7, 0)]
    [InlineData("at 6:30 please", 6, 30)]
    [InlineData("7 in the morning", 7, 0)]
    [InlineData("7 in the evening", 19, 0)]
    [InlineData("5 in the afternoon", 17, 0)]
    [InlineData("9 tonight", 21, 0)]
    [InlineData("10 at night", 22, 0)]
    [InlineData("2 at night", 2, 0)]
    [InlineData("seven", 7, 0)]
    [InlineData("seven pm", 19, 0)]
    [InlineData("seven thirty", 7, 30)]
    [InlineData("six forty-five pm", 18, 45)]
    [InlineData("half past seven", 7, 30)]
    [InlineData("half past 6 pm", 18, 30)]
    [InlineData("quarter past 8", 8, 15)]
    [InlineData("quarter to 8", 7, 45)]
    [InlineData("quarter to seven pm", 18, 45)]
    [InlineData("half 7", 7, 30)]
    [InlineData("⏰ 7:30", 7, 30)]
    [InlineData("7:30 👍", 7, 30)]
    public void Spoken_times_are_understood(string text, int hour, int minute)
    {
        Assert.Equal(new LocalTime(hour, minute), TimeOfDayAnswer.Parse(text));
    }

    [Theory]
    [InlineData("")]
    [InlineData("  ")]
    [InlineData("25:00")]
    [InlineData("24:00")]
    [InlineData("24:30")]
    [InlineData("7:61")]
    [InlineData("7:75")]
    [InlineData("7:5")]
    [InlineData("13pm")]
    [InlineData("0am")]
    [InlineData("00:30 am")]
    [InlineData("99")]
    [InlineData("12345")]
    [InlineData("morning")]
    [InlineData("evening")]
    [InlineData("whenever")]
    [InlineData("seven or eight")]
    [InlineData("7am and 7pm")]
    [InlineData("7:30 tomorrow")]
    [InlineData("7:30:15")]
    [InlineData("quarter to 13 pm")]
    [InlineData("noon or midnight")]
    public void Anything_that_is_not_one_valid_time_gives_null(string text)
    {
        Assert.Null(TimeOfDayAnswer.Parse(text));
    }

    [Theory]
    [InlineData("-1:00")]
    [InlineData("−1:00")]
    [InlineData("–7:30")]
    [InlineData("-7pm")]
    [InlineData("- 7pm")]
    [InlineData("-0730")]
    [InlineData("at -6")]
    [InlineData("7:-30")]
    [InlineData("+7")]
    [InlineData("+19:00")]
    public void A_time_with_a_plus_or_minus_sign_is_refused_rather_than_read_without_it(string text)
    {
        Assert.Null(TimeOfDayAnswer.Parse(text));
    }
}
