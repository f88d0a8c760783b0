using HipBot.Core.Setup.Parsing;
using HipBot.Core.Training;


namespace HipBot.Tests.Core.Setup.Parsing;

public class TrainingDaysAnswerTests
{
    private const TrainingDays Mon = TrainingDays.Monday;
    private const TrainingDays Tue = TrainingDays.Tuesday;
    private const TrainingDays Wed = TrainingDays.Wednesday;
    private const TrainingDays Thu = TrainingDays.Thursday;
    private const TrainingDays Fri = TrainingDays.Friday;
    private const TrainingDays Sat = TrainingDays.Saturday;
    private const TrainingDays Sun = TrainingDays.Sunday;

    [Theory]
    [InlineData("mon wed fri", Mon | Wed | Fri)]
    [InlineData("Mon, Wed, Fri", Mon | Wed | Fri)]
    [InlineData("monday wednesday friday", Mon | Wed | Fri)]
    [InlineData("Monday, Wednesday and Friday", Mon | Wed | Fri)]
    [InlineData("Mondays and Thursdays", Mon | Thu)]
    [InlineData("tue/thu", Tue | Thu)]
    [InlineData("Tues & Thurs", Tue | Thu)]
    [InlineData("tu th", Tue | Thu)]
    [InlineData("TUESDAY", Tue)]
    [InlineData("sat + sun", Sat | Sun)]
    [InlineData("mon-wed-fri", Mon | Wed | Fri)]
    [InlineData("mon, wed, fri (if possible)", Mon | Wed | Fri)]
    [InlineData("I can do tuesday and saturday", Tue | Sat)]
    [InlineData("on wednesdays please 🙏", Wed)]
    [InlineData("3 days: mon wed fri", Mon | Wed | Fri)]
    [InlineData("MWF", Mon | Wed | Fri)]
    [InlineData("every monday", Mon)]
    public void Named_days_are_collected(string text, TrainingDays expected)
    {
        Assert.Equal(expected, TrainingDaysAnswer.Parse(text));
    }

    [Theory]
    [InlineData("mon-fri", TrainingDays.Weekdays)]
    [InlineData("Mon – Fri", TrainingDays.Weekdays)]
    [InlineData("monday to friday", TrainingDays.Weekdays)]
    [InlineData("from Monday through Friday", TrainingDays.Weekdays)]
    [InlineData("tue-thu", Tue | Wed | Thu)]
    [InlineData("fri-mon", Fri | Sat | Sun | Mon)]
    [InlineData("mon-wed, fri-sun", Mon | Tue | Wed | Fri | Sat | Sun)]
    [InlineData("thu till sat", Thu | Fri | Sat)]
    public void Day_ranges_include_both_ends_and_wrap_round_the_week(string text, TrainingDays expected)
    {
        Assert.Equal(expected, TrainingDaysAnswer.Parse(text));
    }

    [Theory]
    [InlineData("every day", TrainingDays.EveryDay)]
    [InlineData("Every day!", TrainingDays.EveryDay)]
    [InlineData("everyday", TrainingDays.EveryDay)]
    [InlineData("daily", TrainingDays.EveryDay)]
    [InlineData("all week", TrainingDays.EveryDay)]
    [InlineData("each day", TrainingDays.EveryDay)]
    [InlineData("weekdays", TrainingDays.Weekdays)]
    [InlineData("Week days", TrainingDays.Weekdays)]
    [InlineData("working days", TrainingDays.Weekdays)]
    [InlineData("weekends", Sat | Sun)]
    [InlineData("on the weekend", Sat | Sun)]
    [InlineData("weekdays and sunday", TrainingDays.Weekdays | Sun)]
    [InlineData("every other day", TrainingDays.MonWedFri)]
    [InlineData("every day except sunday", TrainingDays.EveryDay & ~Sun)]
    [InlineData("every day but not weekends", TrainingDays.Weekdays)]
    [InlineData("all but saturday", TrainingDays.EveryDay & ~Sat)]
    [InlineData("weekdays except wednesday", Mon | Tue | Thu | Fri)]
    [InlineData("daily, no fridays", TrainingDays.EveryDay & ~Fri)]
    [InlineData("any day but Sunday", TrainingDays.EveryDay & ~Sun)]
    public void Groups_of_days_and_exceptions_are_understood(string text, TrainingDays expected)
    {
        Assert.Equal(expected, TrainingDaysAnswer.Parse(text));
    }

    [Theory]
    [InlineData("3 days", TrainingDays.MonWedFri)]
    [InlineData("3", TrainingDays.MonWedFri)]
    [InlineData("3x a week", TrainingDays.MonWedFri)]
    [InlineData("3x/week", TrainingDays.MonWedFri)]
    [InlineData("3 times per week", TrainingDays.MonWedFri)]
    [InlineData("three days a week", TrainingDays.MonWedFri)]
    [InlineData("thrice weekly", TrainingDays.MonWedFri)]
    [InlineData("2 days", Tue | Thu)]
    [InlineData("twice a week", Tue | Thu)]
    [InlineData("4 days", Mon | Tue | Thu | Fri)]
    [InlineData("5 days", TrainingDays.Weekdays)]
    [InlineData("five days a week", TrainingDays.Weekdays)]
    [InlineData("6 days", TrainingDays.EveryDay & ~Sun)]
    [InlineData("7", TrainingDays.EveryDay)]
    [InlineData("7 days", TrainingDays.EveryDay)]
    [InlineData("7 days a week", TrainingDays.EveryDay)]
    [InlineData("once a week", Wed)]
    [InlineData("maybe 3 days", TrainingDays.MonWedFri)]
    [InlineData("I'd say 4x per week", Mon | Tue | Thu | Fri)]
    public void A_count_of_days_gets_a_spread_out_schedule(string text, TrainingDays expected)
    {
        Assert.Equal(expected, TrainingDaysAnswer.Parse(text));
    }

    [Theory]
    [InlineData("")]
    [InlineData("   ")]
    [InlineData("none")]
    [InlineData("no days")]
    [InlineData("never")]
    [InlineData("0")]
    [InlineData("0 days")]
    [InlineData("8 days")]
    [InlineData("10")]
    [InlineData("3 or 4 days")]
    [InlineData("I have 2 kids")]
    [InlineData("not sunday")]
    [InlineData("weekends except saturday and sunday")]
    [InlineData("whenever I feel like it")]
    [InlineData("-3")]
    [InlineData("-3 days")]
    [InlineData("0 days a week")]
    [InlineData("8 days a week")]
    public void Answers_naming_no_days_give_null(string text)
    {
        Assert.Null(TrainingDaysAnswer.Parse(text));
    }

    [Theory]
    [InlineData("every 2 days", TrainingDays.MonWedFri)]
    [InlineData("every two days", TrainingDays.MonWedFri)]
    [InlineData("every second day", TrainingDays.MonWedFri)]
    [InlineData("every 2nd day", TrainingDays.MonWedFri)]
    [InlineData("every 1 day", TrainingDays.EveryDay)]
    [InlineData("once a day", TrainingDays.EveryDay)]
    public void An_interval_or_a_daily_session_is_read_as_the_days_it_gives(string text, TrainingDays expected)
    {
        Assert.Equal(expected, TrainingDaysAnswer.Parse(text));
    }

    [Theory]
    [InlineData("every 3 days")]
    [InlineData("every 4 days")]
    [InlineData("every 3rd day")]
    [InlineData("every 4th day")]
    [InlineData("twice a day")]
    [InlineData("3 times a day")]
    [InlineData("2x per day")]
    public void Intervals_and_sessions_per_day_that_no_week_of_days_matches_are_refused(string text)
    {
        Assert.Null(TrainingDaysAnswer.Parse(text));
    }

    [Theory]
    [InlineData(1, 1)]
    [InlineData(2, 2)]
    [InlineData(3, 3)]
    [InlineData(4, 4)]
    [InlineData(5, 5)]
    [InlineData(6, 6)]
    [InlineData(7, 7)]
    public void Suggested_schedules_have_as_many_days_as_asked_for(int timesPerWeek, int days)
    {
        Assert.Equal(days, TrainingDaysAnswer.ForCount(timesPerWeek)?.Count());
    }

    [Theory]
    [InlineData(0)]
    [InlineData(8)]
    [InlineData(-1)]
    public void No_schedule_is_suggested_outside_one_to_seven_days(int timesPerWeek)
    {
        Assert.Null(TrainingDaysAnswer.ForCount(timesPerWeek));
    }
}
