using HipBot.Core.Chats;
using HipBot.Core.Plans;
using HipBot.Core.Setup;
using HipBot.Core.Training;
using NodaTime;

namespace HipBot.Tests.Core.Plans;

public class PlanScheduleTests
{
    private static readonly DateTimeZone NewYork = DateTimeZoneProviders.Tzdb["America/New_York"];

    private static ChatState Active(string zone, LocalTime time, TrainingDays days) => ChatState.New(1, "Ana") with
    {
        Status = ChatStatus.Active,
        Settings = new Settings(zone, time, days, false),
    };

    [Fact]
    public void A_seven_oclock_reminder_stays_at_seven_local_across_the_november_change()
    {
        var state = Active("America/New_York", new LocalTime(7, 0), TrainingDays.EveryDay);
        var after = Instant.FromUtc(2026, 10, 30, 12, 0);

        var fired = new List<ZonedDateTime>();
        for (var i = 0; i < 5; i++)
        {
            var next = PlanSchedule.NextAfter(state, after)!.Value;
            fired.Add(next.InZone(NewYork));
            after = next;
        }

        Assert.All(fired, f => Assert.Equal(new LocalTime(7, 0), f.TimeOfDay));
        Assert.Equal(
            [new LocalDate(2026, 10, 31), new LocalDate(2026, 11, 1), new LocalDate(2026, 11, 2), new LocalDate(2026, 11, 3), new LocalDate(2026, 11, 4)],
            fired.Select(f => f.Date));
        Assert.Equal(Offset.FromHours(-4), fired[0].Offset);
        Assert.Equal(Offset.FromHours(-5), fired[1].Offset);
    }

    [Fact]
    public void A_time_skipped_by_the_spring_jump_fires_at_the_first_instant_after_the_gap()
    {
        var at = ReminderCalendar.At(new LocalDate(2026, 3, 8), new LocalTime(2, 30), NewYork);

        Assert.Equal(Instant.FromUtc(2026, 3, 8, 7, 0), at);
        Assert.Equal(new LocalTime(3, 0), at.InZone(NewYork).TimeOfDay);
    }

    [Fact]
    public void A_time_that_happens_twice_fires_once_at_the_first()
    {
        var state = Active("America/New_York", new LocalTime(1, 30), TrainingDays.EveryDay);

        var first = PlanSchedule.NextAfter(state, Instant.FromUtc(2026, 11, 1, 0, 0))!.Value;
        var second = PlanSchedule.NextAfter(state, first)!.Value;

        Assert.Equal(Instant.FromUtc(2026, 11, 1, 5, 30), first);
        Assert.Equal(new LocalDate(2026, 11, 2), second.InZone(NewYork).Date);
    }

    [Fact]
    public void Rest_days_get_no_reminder()
    {
        var state = Active("UTC", new LocalTime(7, 0), TrainingDays.MonWedFri);

        var next = PlanSchedule.NextAfter(state, Instant.FromUtc(2026, 11, 24, 8, 0))!.Value; // Tuesday

        Assert.Equal(Instant.FromUtc(2026, 11, 25, 7, 0), next); // Wednesday
    }

    [Theory]
    [InlineData(7, 0, 21, 0)]
    [InlineData(20, 30, 22, 30)]
    [InlineData(23, 0, 24, 0)]
    public void A_late_plan_may_go_out_until_nine_pm_or_two_hours_after_the_reminder_but_never_tomorrow(int hour, int minute, int cutoffHour, int cutoffMinute)
    {
        var date = new LocalDate(2026, 11, 25);

        var cutoff = PlanSchedule.Cutoff(date, new LocalTime(hour, minute), DateTimeZone.Utc);

        Assert.Equal(date.AtMidnight().InUtc().ToInstant() + Duration.FromMinutes(cutoffHour * 60 + cutoffMinute), cutoff);
    }

    [Fact]
    public void Nobody_gets_plans_before_finishing_onboarding_or_while_blocked()
    {
        var now = Instant.FromUtc(2026, 11, 25, 8, 0);
        var active = Active("UTC", new LocalTime(7, 0), TrainingDays.EveryDay);

        Assert.Null(PlanSchedule.NextAfter(active with { Status = ChatStatus.Onboarding }, now));
        Assert.Null(PlanSchedule.NextAfter(active with { Blocked = true }, now));
        Assert.Null(PlanSchedule.NextAfter(active with { Status = ChatStatus.Paused }, now));
        Assert.NotNull(PlanSchedule.NextAfter(active, now));
    }

    [Fact]
    public void Changing_the_reminder_time_moves_the_next_plan()
    {
        var now = Instant.FromUtc(2026, 11, 25, 8, 0);
        var before = Active("UTC", new LocalTime(7, 0), TrainingDays.EveryDay) with { NextPlanAt = Instant.FromUtc(2026, 11, 26, 7, 0) };
        var after = before with { Settings = before.Settings with { ReminderTime = new LocalTime(18, 0) } };

        Assert.Equal(Instant.FromUtc(2026, 11, 25, 18, 0), PlanSchedule.Refresh(before, after, now).NextPlanAt);
    }

    [Fact]
    public void An_unrelated_change_keeps_a_plan_that_is_due_but_not_yet_sent()
    {
        var now = Instant.FromUtc(2026, 11, 25, 12, 0);
        var due = Active("UTC", new LocalTime(7, 0), TrainingDays.EveryDay) with { NextPlanAt = Instant.FromUtc(2026, 11, 25, 7, 0) };

        Assert.Equal(due.NextPlanAt, PlanSchedule.Refresh(due, due with { FirstName = "Anna" }, now).NextPlanAt);
    }
}
