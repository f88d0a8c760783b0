namespace HipBot.Core.Training;

/// <summary>What one exercise asks for today: sets of reps on each side.</summary>
public sealed record Prescription(
    Exercise Exercise,
    int Sets,
    int RepsPerSide,
    bool WithBand = false,
    SquatVariation SquatVariation = SquatVariation.SideToSide)
{
    /// <summary>The work that makes the exercise count as done, whatever mix of sets it came in.</summary>
    public int TotalRepsPerSide => Sets * RepsPerSide;

    /// <summary>"3 × 20 per side, with band".</summary>
    public string Describe() => SetsText.Format(Sets, RepsPerSide) + " per side" + (WithBand ? ", with band" : "");
}
