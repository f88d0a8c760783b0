using HipBot.Core.CheckIns;
using HipBot.Core.Training;
using NodaTime;

namespace HipBot.Tests.Core.CheckIns;

public class DayLogTests
{
    private static readonly LocalDate Today = new(2026, 11, 25);
    private static readonly DayPlan Plan = ProgramLadder.Prescribe(ProgramLadder.FullRoutineLevel);

    private static DayLog With(params ExerciseLog[] entries) => DayLog.Empty(Today) with { Entries = entries };

    [Fact]
    public void An_empty_day_has_the_whole_plan_left()
    {
        var day = DayLog.Empty(Today);
        Assert.True(day.IsEmpty);
        Assert.False(day.IsPartial);
        Assert.False(day.IsComplete);
        Assert.Equal(Plan.Items, day.Remaining(Plan));
    }

    [Fact]
    public void A_day_with_some_work_is_partial()
    {
        var day = With(new ExerciseLog(Exercise.Clamshell, 3, 20, IsFull: true));
        Assert.True(day.IsPartial);
        Assert.False(day.IsComplete);
        Assert.Equal([Exercise.SideLegRaise, Exercise.TravelingSideSquat], day.Remaining(Plan).Select(p => p.Exercise));
    }

    [Fact]
    public void A_day_with_every_exercise_full_is_complete()
    {
        var day = With([.. Plan.Items.Select(p => new ExerciseLog(p.Exercise, 3, 20, IsFull: true))]);
        Assert.True(day.IsComplete);
        Assert.False(day.IsPartial);
        Assert.Empty(day.Remaining(Plan));
    }

    [Theory]
    [InlineData(1, 20, 2, 20)]
    [InlineData(2, 20, 1, 20)]
    [InlineData(1, 15, 3, 15)]
    [InlineData(1, 5, 3, 19)]
    [InlineData(2, 25, 1, 10)]
    public void What_is_left_keeps_the_plans_shape_and_always_adds_up(int sets, int reps, int leftSets, int leftReps)
    {
        var day = With(new ExerciseLog(Exercise.Clamshell, sets, reps, IsFull: false));
        var left = day.RemainingOf(Plan.Clamshells)!;
        Assert.Equal((leftSets, leftReps), (left.Sets, left.RepsPerSide));
        Assert.True((sets * reps) + left.TotalRepsPerSide >= Plan.Clamshells.TotalRepsPerSide);
    }

    [Fact]
    public void A_skipped_day_with_nothing_logged_is_not_empty() =>
        Assert.False((DayLog.Empty(Today) with { Skipped = true }).IsEmpty);
}
