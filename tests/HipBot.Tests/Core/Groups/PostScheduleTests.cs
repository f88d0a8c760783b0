using HipBot.Core.Groups;
using NodaTime;
using static HipBot.Tests.Support.GroupWorld;

namespace HipBot.Tests.Core.Groups;

public class PostScheduleTests
{
    [Fact]
    public void Posts_fall_at_the_post_time_on_the_groups_clock_every_day_of_the_challenge()
    {
        Assert.Equal(Berlin(Wednesday, 7), PostSchedule.NextAfter(Club, Berlin(Wednesday, 6)));
        Assert.Equal(Berlin(Wednesday.PlusDays(1), 7), PostSchedule.NextAfter(Club, Berlin(Wednesday, 7)));
        Assert.Equal(Berlin(Monday, 7), PostSchedule.NextAfter(Club, Berlin(Monday.PlusDays(-5), 12)));
    }

    [Fact]
    public void After_the_last_day_comes_one_closing_post_and_then_nothing()
    {
        var last = Club.EndsOn;

        Assert.Equal(new LocalDate(2026, 12, 20), last);
        Assert.Equal(Berlin(last.PlusDays(1), 7), PostSchedule.NextAfter(Club, Berlin(last, 8)));
        Assert.Null(PostSchedule.NextAfter(Club, Berlin(last.PlusDays(1), 7)));
    }

    [Fact]
    public void A_challenge_started_after_todays_post_time_posts_at_once()
    {
        var today = Club with { StartsOn = Wednesday };

        Assert.Equal(Berlin(Wednesday, 12), PostSchedule.First(today, Berlin(Wednesday, 12)));
        Assert.Equal(Berlin(Wednesday, 7), PostSchedule.First(today, Berlin(Wednesday, 6)));
    }

    [Fact]
    public void A_resumed_challenge_posts_today_at_once_unless_today_has_its_post()
    {
        Assert.Equal(Berlin(Wednesday, 12), PostSchedule.First(Club, Berlin(Wednesday, 12)));
        Assert.Equal(Berlin(Wednesday.PlusDays(1), 7), PostSchedule.First(Club, Berlin(Wednesday, 12), postedOn: Wednesday));
        Assert.Equal(Berlin(Club.EndsOn.PlusDays(1), 7), PostSchedule.First(Club, Berlin(Club.EndsOn.PlusDays(1), 6)));
    }

    [Fact]
    public void An_edit_waits_a_minute_after_the_last_change_of_the_post()
    {
        var group = Running() with { LastPostChangeAt = Berlin(Wednesday, 9) };

        Assert.Equal(Berlin(Wednesday, 9, 1), PostSchedule.RefreshAt(group, Berlin(Wednesday, 9) + Duration.FromSeconds(10)));
        Assert.Equal(Berlin(Wednesday, 9, 5), PostSchedule.RefreshAt(group, Berlin(Wednesday, 9, 5)));
    }
}
