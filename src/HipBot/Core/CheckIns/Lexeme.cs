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
    /// <summary>A clock time or decimal ("6:30", "21.1"): never a count.</summary>
    Measure,
    Pain,
    /// <summary>"sore": care on its own, but the ordinary feeling after work when work is logged.</summary>
    Sore,
    Illness,
    Travel,
    Greeting,
    Thanks,
    /// <summary>"lol", "ok", "cool", "🙂": friendly noise.</summary>
    Chatter,
    /// <summary>"3 days ago", "the day before yesterday": <see cref="Lexeme.Value"/> days back.</summary>
    DayBack,
    /// <summary>"monday", "on tue": <see cref="Lexeme.Value"/> is the ISO weekday, plus 10 for "last monday".</summary>
    Weekday,
    /// <summary>"last week", "a while ago": some earlier day, but which?</summary>
    DayUnclear,
}

internal readonly record struct Lexeme(LexKind Kind, int Value = 0, Exercise Exercise = default, Side Side = Side.Both)
{
    public static Lexeme Of(LexKind kind) => new(kind);
}
