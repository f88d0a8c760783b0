namespace HipBot.Core.Training;

/// <summary>Names, parser aliases and form cues for the three exercises, in the order a session runs them.</summary>
public static class ExerciseCatalog
{
    /// <summary>Said once per plan: one-sided work is the mistake the routine exists to prevent.</summary>
    public const string BothSides = "Both sides, every time.";

    private static readonly ExerciseInfo Clamshells = new(
        Exercise.Clamshell,
        "Clamshells",
        ["clamshells", "clamshell", "clam shells", "clam shell", "clams", "clam"],
        "On your side, back, hips and feet against a wall; lift the top knee without letting the hips roll back.");

    private static readonly ExerciseInfo SideLegRaises = new(
        Exercise.SideLegRaise,
        "Side leg raises",
        [
            "side leg raises", "side leg raise", "side leg lifts", "side leg lift",
            "leg raises", "leg raise", "leg lifts", "leg lift",
            "side raises", "side raise", "side lifts", "hip abductions",
            "raises", "raise", "abductions",
        ],
        "Same spot by the wall, top leg straight: slide the heel up the wall with the toe pointing down.");

    private static readonly ExerciseInfo TravelingSideSquats = new(
        Exercise.TravelingSideSquat,
        "Traveling side squats",
        [
            "traveling side squats", "travelling side squats", "traveling side squat", "travelling side squat",
            "traveling squats", "travelling squats", "side squats", "side squat",
            "walking squats", "walking squat", "lateral squats", "squat walks", "crab walks", "band walks",
            "squats", "squat",
        ],
        "Step to the side into a squat, bring the other foot in; the length of the room and back.",
        "Step forward on an angle into a squat, bring the other foot up; switch sides to the end of the room, then back the same way.");

    /// <summary>All three, in session order.</summary>
    public static IReadOnlyList<ExerciseInfo> All { get; } = [Clamshells, SideLegRaises, TravelingSideSquats];

    public static ExerciseInfo Get(Exercise exercise) => exercise switch
    {
        Exercise.Clamshell => Clamshells,
        Exercise.SideLegRaise => SideLegRaises,
        Exercise.TravelingSideSquat => TravelingSideSquats,
        _ => throw new ArgumentOutOfRangeException(nameof(exercise), exercise, "Not one of HipBot's exercises."),
    };

    public static string Name(Exercise exercise) => Get(exercise).Name;

    /// <summary>The cue for what the prescription asks for: the forward/backward squat has its own.</summary>
    public static string Cue(Prescription prescription)
    {
        ArgumentNullException.ThrowIfNull(prescription);
        var info = Get(prescription.Exercise);
        return prescription.SquatVariation == SquatVariation.ForwardBackward && info.HarderCue is { } harder
            ? harder
            : info.Cue;
    }

    /// <summary>The plan line's name: the harder squat says which way it travels.</summary>
    public static string Title(Prescription prescription)
    {
        ArgumentNullException.ThrowIfNull(prescription);
        return prescription.Exercise == Exercise.TravelingSideSquat && prescription.SquatVariation == SquatVariation.ForwardBackward
            ? "Traveling squats, forward and back"
            : Name(prescription.Exercise);
    }
}
