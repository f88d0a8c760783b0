namespace HipBot.Core.Training;

/// <summary>How HipBot names and coaches one exercise.</summary>
/// <param name="Aliases">Lower-case words runners type for it, e.g. "clams"; several words are separated by single spaces.</param>
/// <param name="Cue">The one line of form that matters most.</param>
/// <param name="HarderCue">The cue for the harder variation, where there is one.</param>
public sealed record ExerciseInfo(
    Exercise Exercise,
    string Name,
    IReadOnlyList<string> Aliases,
    string Cue,
    string? HarderCue = null)
{
    /// <summary>The name as it reads inside a sentence: "side leg raises".</summary>
    public string NameInSentence => Name.ToLowerInvariant();
}
