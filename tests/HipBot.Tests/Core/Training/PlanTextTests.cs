using System.Text;
using HipBot.Core.Buttons;
using HipBot.Core.CheckIns;
using HipBot.Core.Training;
using NodaTime;

namespace HipBot.Tests.Core.Training;

public class PlanTextTests
{
    private static readonly LocalDate Wednesday = new(2026, 11, 25);

    [Fact]
    public void The_plan_message_lists_each_exercise_with_its_numbers_and_a_cue()
    {
        var text = PlanText.Render(ProgramLadder.Prescribe(4), Wednesday, null);

        Assert.StartsWith("Hip work · Wed 25 Nov · level 4\n\n", text, StringComparison.Ordinal);
        Assert.Contains("• Clamshells — 3 × 20 per side\n", text, StringComparison.Ordinal);
        Assert.Contains("• Side leg raises — 3 × 20 per side\n", text, StringComparison.Ordinal);
        Assert.Contains("• Traveling side squats — 3 × 20 per side\n", text, StringComparison.Ordinal);
        Assert.All(ExerciseCatalog.All, e => Assert.Contains(e.Cue, text, StringComparison.Ordinal));
        Assert.EndsWith("Both sides, every time.", text, StringComparison.Ordinal);
    }

    [Fact]
    public void The_opening_line_goes_above_the_plan()
    {
        var text = PlanText.Render(ProgramLadder.Prescribe(1), Wednesday, "  Morning! Five minutes for your hips?  ");
        Assert.StartsWith("Morning! Five minutes for your hips?\n\nHip work · Wed 25 Nov · level 1", text, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("   ")]
    public void A_missing_opening_line_leaves_no_gap(string? opening) =>
        Assert.StartsWith("Hip work", PlanText.Render(ProgramLadder.Prescribe(1), Wednesday, opening), StringComparison.Ordinal);

    [Fact]
    public void Band_levels_say_with_band() =>
        Assert.Contains("Clamshells — 3 × 20 per side, with band", PlanText.Render(ProgramLadder.Prescribe(5), Wednesday, null), StringComparison.Ordinal);

    [Fact]
    public void The_top_level_shows_the_forward_and_back_squat_and_its_cue()
    {
        var text = PlanText.Render(ProgramLadder.Prescribe(6), Wednesday, null);
        Assert.Contains("• Traveling squats, forward and back — 3 × 20 per side, with band", text, StringComparison.Ordinal);
        Assert.Contains(ExerciseCatalog.Get(Exercise.TravelingSideSquat).HarderCue!, text, StringComparison.Ordinal);
    }

    [Fact]
    public void The_plan_message_stays_short() =>
        Assert.True(PlanText.Render(ProgramLadder.Prescribe(6), Wednesday, "Morning!").Length < 700);

    [Fact]
    public void The_buttons_are_done_and_log_then_skip_and_later()
    {
        var rows = PlanText.PlanButtons(Wednesday);
        Assert.Equal(["✅ Done", "✏️ Log sets"], rows[0].Select(b => b.Text));
        Assert.Equal(["⏭ Skip today", "⏰ Later"], rows[1].Select(b => b.Text));
        Assert.Equal(
            ["plan:done:2026-11-25", "plan:log:2026-11-25", "plan:skip:2026-11-25", "plan:snooze:2026-11-25"],
            rows.SelectMany(r => r).Select(b => b.Data));
    }

    [Fact]
    public void Every_button_fits_telegrams_64_byte_callback_limit_even_for_far_dates()
    {
        foreach (var date in new[] { Wednesday, new LocalDate(9999, 12, 31), new LocalDate(-9998, 1, 1) })
        {
            Assert.All(PlanText.PlanButtons(date).SelectMany(r => r), b => Assert.InRange(Encoding.UTF8.GetByteCount(b.Data), 1, 64));
        }
    }

    [Fact]
    public void Every_button_reads_back_to_its_action_and_date()
    {
        var actions = PlanText.PlanButtons(Wednesday).SelectMany(r => r).Select(b =>
        {
            var press = Assert.IsType<PlanPress>(CallbackData.TryDecode(b.Data));
            Assert.Equal(Wednesday, press.Date);
            return press.Action;
        });
        Assert.Equal([PlanAction.Done, PlanAction.Log, PlanAction.Skip, PlanAction.Snooze], actions);
    }

    [Fact]
    public void Progress_ticks_finished_exercises_and_counts_sets_on_started_ones()
    {
        var plan = ProgramLadder.Prescribe(4);
        var log = DayLog.Empty(Wednesday) with
        {
            Entries =
            [
                new ExerciseLog(Exercise.Clamshell, 3, 20, IsFull: true),
                new ExerciseLog(Exercise.SideLegRaise, 2, 20, IsFull: false),
            ],
        };

        var text = PlanText.RenderWithProgress(plan, Wednesday, log);

        Assert.Contains("✅ Clamshells — 3 × 20 per side\n", text, StringComparison.Ordinal);
        Assert.Contains("▫️ Side leg raises — 3 × 20 per side · 2/3 sets\n", text, StringComparison.Ordinal);
        Assert.Contains("▫️ Traveling side squats — 3 × 20 per side\n", text, StringComparison.Ordinal);
        Assert.DoesNotContain(ExerciseCatalog.Get(Exercise.Clamshell).Cue, text, StringComparison.Ordinal);
        Assert.Contains(ExerciseCatalog.Get(Exercise.SideLegRaise).Cue, text, StringComparison.Ordinal);
        Assert.EndsWith("Good going — tap ✅ Done when the rest is in.", text, StringComparison.Ordinal);
    }

    [Fact]
    public void Progress_on_a_finished_day_says_so()
    {
        var plan = ProgramLadder.Prescribe(1);
        var log = DayLog.Empty(Wednesday) with
        {
            Entries = [.. plan.Items.Select(p => new ExerciseLog(p.Exercise, p.Sets, p.RepsPerSide, IsFull: true))],
        };

        var text = PlanText.RenderWithProgress(plan, Wednesday, log);

        Assert.Equal(3, text.Split("✅").Length - 1);
        Assert.EndsWith("All done — nice work.", text, StringComparison.Ordinal);
    }

    [Fact]
    public void Progress_on_a_skipped_day_says_rest_day()
    {
        var text = PlanText.RenderWithProgress(ProgramLadder.Prescribe(1), Wednesday, DayLog.Empty(Wednesday) with { Skipped = true });
        Assert.EndsWith("Rest day. See you next time.", text, StringComparison.Ordinal);
    }

    [Fact]
    public void Progress_with_nothing_logged_reads_like_the_plan()
    {
        var plan = ProgramLadder.Prescribe(2);
        var text = PlanText.RenderWithProgress(plan, Wednesday, DayLog.Empty(Wednesday));
        Assert.DoesNotContain("✅", text, StringComparison.Ordinal);
        Assert.EndsWith("Both sides, every time.", text, StringComparison.Ordinal);
    }
}
