using HipBot.Core.Training;


namespace HipBot.Core.CheckIns;

/// <summary>What a free-text message says about the day's hip work. Every kind knows which day it is about.</summary>
public abstract record ParsedCheckIn(DayOffset Day)
{
    /// <summary>"done", "did my hips", "✅": everything still missing is now done.</summary>
    public sealed record AllDone(DayOffset Day = default) : ParsedCheckIn(Day);

    /// <summary>"clams 3x20, squats done": specific work, added to whatever is already logged.</summary>
    public sealed record Logged(IReadOnlyList<CheckInEntry> Entries, DayOffset Day = default) : ParsedCheckIn(Day);

    /// <summary>"all but the squats": everything except these is done.</summary>
    public sealed record AllBut(IReadOnlyList<Exercise> Excluded, DayOffset Day = default) : ParsedCheckIn(Day);

    /// <summary>"only clams": these are done and nothing else.</summary>
    public sealed record Only(IReadOnlyList<Exercise> Exercises, DayOffset Day = default) : ParsedCheckIn(Day);

    /// <summary>"skip", "rest day", "not today".</summary>
    public sealed record Skip(DayOffset Day = default) : ParsedCheckIn(Day);

    /// <summary>"later", "not yet", "will do them tonight": nothing to log, a reminder would help.</summary>
    public sealed record Later(DayOffset Day = default) : ParsedCheckIn(Day);

    /// <summary>Looks like a check-in but needs one question answered; <paramref name="Exercises"/> are the ones it named.</summary>
    public sealed record Ambiguous(AmbiguityReason Reason, IReadOnlyList<Exercise> Exercises, DayOffset Day = default) : ParsedCheckIn(Day);

    /// <summary>Not about hip work at all: "what's the weather", "I ran 10k today".</summary>
    public sealed record Unrelated() : ParsedCheckIn(DayOffset.Today);

    /// <summary>Pain, illness or travel, and no work claimed: the care path answers, and nothing is logged.</summary>
    public sealed record Care(CareTopic Topic) : ParsedCheckIn(DayOffset.Today);

    /// <summary>Thanks, a greeting, small talk, or a question about today's plan: a short answer, nothing logged.</summary>
    public sealed record Chat(ChatTopic Topic) : ParsedCheckIn(DayOffset.Today);

    /// <summary>Pain mentioned beside logged work ("3x20, knee hurts"): the work counts, and the answer adds a word of care.</summary>
    public CareTopic? Concern { get; init; }

    /// <summary>True for the kinds that change the day's log.</summary>
    public bool IsRecordable => this is AllDone or Logged or AllBut or Only or Skip;
}
