using HipBot.Core.CheckIns;
using HipBot.Core.Training;
using NodaTime;

namespace HipBot.Tests.Core.CheckIns;

public class CheckInRecorderTests
{
    private static readonly LocalDate Today = new(2026, 11, 25);
    private static readonly DayPlan Plan = ProgramLadder.Prescribe(ProgramLadder.FullRoutineLevel);
    private static readonly DayPlan TwoByTwenty = ProgramLadder.Prescribe(ProgramLadder.PostLowEndLevel);

    private static RecordedCheckIn Record(string text, DayLog? logged = null, DayPlan? plan = null) =>
        CheckInRecorder.Record(CheckInParser.Parse(text), plan ?? Plan, logged ?? DayLog.Empty(Today));

    private static DayLog After(params string[] texts) =>
        texts.Aggregate(DayLog.Empty(Today), (log, text) => Record(text, log).Day);

    [Fact]
    public void Done_on_an_empty_day_logs_the_whole_plan()
    {
        var result = Record("done");
        Assert.Equal(
            [
                new ExerciseLog(Exercise.Clamshell, 3, 20, IsFull: true),
                new ExerciseLog(Exercise.SideLegRaise, 3, 20, IsFull: true),
                new ExerciseLog(Exercise.TravelingSideSquat, 3, 20, IsFull: true),
            ],
            result.Added);
        Assert.True(result.Day.IsComplete);
    }

    [Fact]
    public void Sets_from_several_check_ins_add_up()
    {
        var first = Record("clams 1x20");
        var second = Record("clams 2x20", first.Day);

        Assert.False(Assert.Single(first.Added).IsFull);
        Assert.True(Assert.Single(second.Added).IsFull);
        Assert.Equal(3, second.Day.SetsDone(Exercise.Clamshell));
        Assert.Equal(2, second.Day.Entries.Count);
    }

    [Fact]
    public void Uneven_sets_add_up_by_total_reps()
    {
        var day = After("clams 2x15", "clams 1x30");
        Assert.Equal(60, day.RepsDone(Exercise.Clamshell));
        Assert.True(day.IsDone(Exercise.Clamshell));
    }

    [Fact]
    public void More_than_prescribed_counts_as_full_and_is_kept_as_said()
    {
        var added = Assert.Single(Record("clams 4x25").Added);
        Assert.Equal(new ExerciseLog(Exercise.Clamshell, 4, 25, IsFull: true), added);
    }

    [Fact]
    public void Extra_work_after_an_exercise_is_done_is_still_logged_and_still_full()
    {
        var result = Record("clams 1x20", After("clams done"));
        Assert.Equal(new ExerciseLog(Exercise.Clamshell, 1, 20, IsFull: true), Assert.Single(result.Added));
    }

    [Fact]
    public void Done_fills_exactly_what_is_missing()
    {
        var result = Record("done", After("clams 1x20", "raises 3x20"));
        Assert.Equal(
            [
                new ExerciseLog(Exercise.Clamshell, 2, 20, IsFull: true),
                new ExerciseLog(Exercise.TravelingSideSquat, 3, 20, IsFull: true),
            ],
            result.Added);
        Assert.Equal([Exercise.SideLegRaise], result.AlreadyDone);
        Assert.All(Plan.Items, p => Assert.Equal(p.TotalRepsPerSide, result.Day.RepsDone(p.Exercise)));
    }

    [Fact]
    public void Done_after_a_short_set_fills_the_remaining_reps_exactly()
    {
        var result = Record("clams done", After("clams 1x15"));
        Assert.Equal(new ExerciseLog(Exercise.Clamshell, 3, 15, IsFull: true), Assert.Single(result.Added));
        Assert.Equal(60, result.Day.RepsDone(Exercise.Clamshell));
    }

    [Fact]
    public void Done_on_a_finished_day_adds_nothing()
    {
        var result = Record("done", After("done"));
        Assert.Empty(result.Added);
        Assert.Equal(3, result.AlreadyDone.Count);
    }

    [Fact]
    public void Counts_for_every_exercise_go_on_all_three()
    {
        var result = Record("2x20", plan: TwoByTwenty);
        Assert.Equal(3, result.Added.Count);
        Assert.All(result.Added, log => Assert.Equal((2, 20, true), (log.Sets, log.RepsPerSide, log.IsFull)));
    }

    [Fact]
    public void Reps_alone_are_one_set_and_sets_alone_use_the_plans_reps()
    {
        Assert.All(Record("20 reps").Added, log => Assert.Equal((1, 20), (log.Sets, log.RepsPerSide)));
        Assert.All(Record("3 sets").Added, log => Assert.Equal((3, 20, true), (log.Sets, log.RepsPerSide, log.IsFull)));
    }

    [Fact]
    public void All_but_leaves_out_the_named_exercises()
    {
        var result = Record("all but the squats");
        Assert.Equal([Exercise.Clamshell, Exercise.SideLegRaise], result.Added.Select(l => l.Exercise));
        Assert.True(result.Day.IsPartial);
    }

    [Fact]
    public void Only_logs_just_the_named_exercises() =>
        Assert.Equal([Exercise.Clamshell], Record("only clams").Added.Select(l => l.Exercise));

    [Fact]
    public void A_mixed_message_logs_each_exercise_its_own_way()
    {
        var result = Record("clamshells 3x20, side raises 2x20, squats done");
        Assert.Equal(
            [
                new ExerciseLog(Exercise.Clamshell, 3, 20, IsFull: true),
                new ExerciseLog(Exercise.SideLegRaise, 2, 20, IsFull: false),
                new ExerciseLog(Exercise.TravelingSideSquat, 3, 20, IsFull: true),
            ],
            result.Added);
    }

    [Fact]
    public void Skip_marks_the_day_and_logs_nothing()
    {
        var result = Record("rest day");
        Assert.True(result.SkipMarked);
        Assert.True(result.Day.Skipped);
        Assert.Empty(result.Added);
    }

    [Fact]
    public void Skipping_a_finished_day_changes_nothing()
    {
        var done = After("done");
        var result = Record("skip", done);
        Assert.False(result.SkipMarked);
        Assert.Same(done, result.Day);
    }

    [Fact]
    public void Logging_after_a_skip_takes_the_skip_back()
    {
        var result = Record("clams 3x20", After("skip"));
        Assert.False(result.Day.Skipped);
        Assert.Single(result.Added);
    }

    [Fact]
    public void A_check_in_for_yesterday_goes_on_yesterdays_log()
    {
        var parsed = CheckInParser.Parse("done yesterday");
        var date = parsed.Day.From(Today);
        var result = CheckInRecorder.Record(parsed, Plan, DayLog.Empty(date));

        Assert.Equal(new LocalDate(2026, 11, 24), result.Day.Date);
        Assert.True(result.Day.IsComplete);
    }

    [Fact]
    public void Left_and_right_count_the_weaker_side()
    {
        var result = Record("2x20 left 3x20 right");
        Assert.All(result.Added, log => Assert.Equal((2, 20, false), (log.Sets, log.RepsPerSide, log.IsFull)));
        Assert.Equal(3, result.Added.Count);
    }

    [Fact]
    public void One_side_alone_is_not_counted_yet()
    {
        var result = Record("clams 3x20 left");
        Assert.Empty(result.Added);
        Assert.Equal([Exercise.Clamshell], result.OneSided);
    }

    [Theory]
    [InlineData("hello")]
    [InlineData("later")]
    [InlineData("half")]
    [InlineData("3x")]
    public void Messages_with_nothing_to_log_leave_the_day_alone(string text)
    {
        var logged = After("clams 1x20");
        var result = Record(text, logged);
        Assert.False(result.IsRecordable);
        Assert.Same(logged, result.Day);
        Assert.Empty(result.Added);
    }
}
