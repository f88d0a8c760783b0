namespace HipBot.Core.Training;

/// <summary>One rung of the program: the same sets and reps for every exercise, plus the band and the squat variation.</summary>
public sealed record Level(
    int Number,
    int Sets,
    int RepsPerSide,
    bool WithBand,
    SquatVariation Squats)
{
    public int TotalRepsPerSide => Sets * RepsPerSide;

    /// <summary>"3 × 20 per side, with band, forward and back squats" — for level-up offers and settings.</summary>
    public string Describe() =>
        SetsText.Format(Sets, RepsPerSide) + " per side"
        + (WithBand ? ", with band" : "")
        + (Squats == SquatVariation.ForwardBackward ? ", forward and back squats" : "");
}
