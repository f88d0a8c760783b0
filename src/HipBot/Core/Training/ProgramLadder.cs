namespace HipBot.Core.Training;

/// <summary>
/// The progression from an easy start to the post's full routine and past it. Each step changes one thing,
/// in the order that is kindest to the hips: reps first, then the third set, then the band, then the harder squat.
/// </summary>
public static class ProgramLadder
{
    public const int MinLevel = 1;

    /// <summary>2 × 20 is the low end of the post's "2-3 sets of 20".</summary>
    public const int PostLowEndLevel = 3;

    /// <summary>3 × 20, the post's full routine.</summary>
    public const int FullRoutineLevel = 4;

    /// <summary>
    /// Owning a band says someone has done this kind of work before, so they skip the gentlest rung — but only one:
    /// the band itself comes in later, once 3 × 20 is easy.
    /// </summary>
    public const int BandOwnerStartLevel = 2;

    public static IReadOnlyList<Level> Levels { get; } =
    [
        new(1, 2, 10, WithBand: false, SquatVariation.SideToSide),
        new(2, 2, 15, WithBand: false, SquatVariation.SideToSide),
        new(3, 2, 20, WithBand: false, SquatVariation.SideToSide),
        new(4, 3, 20, WithBand: false, SquatVariation.SideToSide),
        new(5, 3, 20, WithBand: true, SquatVariation.SideToSide),
        new(6, 3, 20, WithBand: true, SquatVariation.ForwardBackward),
    ];

    public static int MaxLevel => Levels.Count;

    public static int Clamp(int level) => Math.Clamp(level, MinLevel, MaxLevel);

    /// <summary>The rung for a level; out-of-range numbers land on the nearest end.</summary>
    public static Level Get(int level) => Levels[Clamp(level) - 1];

    /// <summary>Where onboarding starts someone, from their answer to "do you have a resistance band?".</summary>
    public static int StartLevel(bool hasBand) => hasBand ? BandOwnerStartLevel : MinLevel;

    public static bool IsTop(int level) => Clamp(level) == MaxLevel;

    /// <summary>The day's three prescriptions for a level (clamped).</summary>
    public static DayPlan Prescribe(int level)
    {
        var rung = Get(level);
        return new DayPlan(
            rung.Number,
            new Prescription(Exercise.Clamshell, rung.Sets, rung.RepsPerSide, rung.WithBand),
            new Prescription(Exercise.SideLegRaise, rung.Sets, rung.RepsPerSide, rung.WithBand),
            new Prescription(Exercise.TravelingSideSquat, rung.Sets, rung.RepsPerSide, rung.WithBand, rung.Squats));
    }
}
