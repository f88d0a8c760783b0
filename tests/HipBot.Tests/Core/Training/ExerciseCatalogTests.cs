using HipBot.Core.Training;


namespace HipBot.Tests.Core.Training;

public class ExerciseCatalogTests
{
    [Fact]
    public void The_catalog_holds_the_three_exercises_in_session_order() =>
        Assert.Equal([Exercise.Clamshell, Exercise.SideLegRaise, Exercise.TravelingSideSquat], ExerciseCatalog.All.Select(e => e.Exercise));

    [Theory]
    [InlineData(Exercise.Clamshell, "Clamshells")]
    [InlineData(Exercise.SideLegRaise, "Side leg raises")]
    [InlineData(Exercise.TravelingSideSquat, "Traveling side squats")]
    public void Each_exercise_has_its_display_name(Exercise exercise, string name) =>
        Assert.Equal(name, ExerciseCatalog.Name(exercise));

    [Fact]
    public void No_alias_belongs_to_two_exercises()
    {
        var aliases = ExerciseCatalog.All.SelectMany(e => e.Aliases).ToList();
        Assert.Equal(aliases.Count, aliases.Distinct(StringComparer.Ordinal).Count());
    }

    [Fact]
    public void Aliases_are_lower_case_words_separated_by_single_spaces() =>
        Assert.All(ExerciseCatalog.All.SelectMany(e => e.Aliases), alias =>
        {
            Assert.Equal(alias.ToLowerInvariant(), alias);
            Assert.DoesNotContain("  ", alias, StringComparison.Ordinal);
            Assert.Equal(alias.Trim(), alias);
        });

    [Fact]
    public void Every_exercise_has_a_short_cue() =>
        Assert.All(ExerciseCatalog.All, e => Assert.InRange(e.Cue.Length, 20, 160));

    [Fact]
    public void The_clamshell_cue_keeps_the_hips_against_the_wall() =>
        Assert.Contains("wall", ExerciseCatalog.Get(Exercise.Clamshell).Cue, StringComparison.Ordinal);

    [Fact]
    public void The_side_leg_raise_cue_points_the_toe_down() =>
        Assert.Contains("toe pointing down", ExerciseCatalog.Get(Exercise.SideLegRaise).Cue, StringComparison.Ordinal);

    [Fact]
    public void The_harder_squat_has_its_own_cue_and_title()
    {
        var plain = new Prescription(Exercise.TravelingSideSquat, 3, 20);
        var harder = plain with { SquatVariation = SquatVariation.ForwardBackward };
        Assert.NotEqual(ExerciseCatalog.Cue(plain), ExerciseCatalog.Cue(harder));
        Assert.Contains("angle", ExerciseCatalog.Cue(harder), StringComparison.Ordinal);
        Assert.Equal("Traveling squats, forward and back", ExerciseCatalog.Title(harder));
        Assert.Equal("Traveling side squats", ExerciseCatalog.Title(plain));
    }

    [Fact]
    public void An_unknown_exercise_is_refused() =>
        Assert.Throws<ArgumentOutOfRangeException>(() => ExerciseCatalog.Get((Exercise)99));
}
