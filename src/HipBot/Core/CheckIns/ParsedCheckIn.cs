using HipBot.Core.Training;


namespace HipBot.Core.CheckIns;

/// <summary>What a free-text message says about the day's hip work. Every kind knows which day it is about.</summary>
public abstract record ParsedCheckIn(DayOffset Day)
{
    /// <summary>"done", "did my hips", "✅": everything still missing is now done.</summary>
    public sealed record AllDone(DayOffset Day = DayOffset.Today) : ParsedCheckIn(Day);

    /// <summary>"clams 3x20, squats done": specific work, added to whatever is already logged.</summary>
    public sealed record Logged(IReadOnlyList<CheckInEntry> Entries, DayOffset Day = DayOffset.Today) : ParsedCheckIn(Day);

    /// <summary>"all but the squats": everything except these is done.</summary>
    public sealed record AllBut(IReadOnlyList<Exercise> Excluded, DayOffset Day = DayOffset.Today) : ParsedCheckIn(Day);

    /// <summary>"only clams": these are done and nothing else.</summary>
    public sealed record Only(IReadOnlyList<Exercise> Exercises, DayOffset Day = DayOffset.Today) : ParsedCheckIn(Day);

    /// <summary>"skip", "rest day", "not today".</summary>
    public sealed record Skip(DayOffset Day = DayOffset.Today) : ParsedCheckIn(Day);

    /// <summary>"later", "not yet", "will do them tonight": nothing to log, a reminder would help.</summary>
    public sealed record Later(DayOffset Day = DayOffset.Today) : ParsedCheckIn(Day);

    /// <summary>Looks like a check-in but needs one question answered; <paramref name="Exercises"/> are the ones it named.</summary>
    public sealed record Ambiguous(AmbiguityReason Reason, IReadOnlyList<Exercise> Exercises, DayOffset Day = DayOffset.Today) : ParsedCheckIn(Day);

    /// <summary>Not about hip work at all: "hello", "I ran 10k today".</summary>
    public sealed record Unrelated() : ParsedCheckIn(DayOffset.Today);

    /// <summary>True for the kinds that change the day's log.</summary>
    public bool IsRecordable => this is AllDone or Logged or AllBut or Only or Skip;
}
