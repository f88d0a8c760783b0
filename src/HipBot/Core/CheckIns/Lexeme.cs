using HipBot.Core.Training;


namespace HipBot.Core.CheckIns;

/// <summary>What a word or phrase means to a check-in.</summary>
internal enum LexKind
{
    Unknown = 0,
    Exercise,
    Number,
    Times,
    OutOf,
    Sets,
    Reps,
    Side,
    Done,
    Skip,
    SoftSkip,
    Later,
    NotYet,
    StrongNegation,
    WeakNegation,
    Nothing,
    Exclude,
    Only,
    Vague,
    SoftVague,
    Yesterday,
    Today,
    Hip,
    All,
    OtherActivity,
    DistanceUnit,
    Unit,
    TimePreposition,
    Interrogative,
    Link,
    Join,
    Filler,
    Break,
    Question,
}

internal readonly record struct Lexeme(LexKind Kind, int Value = 0, Exercise Exercise = default, Side Side = Side.Both)
{
    public static Lexeme Of(LexKind kind) => new(kind);
}
