using HipBot.Core.Training;

namespace HipBot.Core.CheckIns;

/// <summary>
/// The facts one pass over a message's lexemes finds: what it names, counts and excludes, and which signals it carries.
/// Built fresh for every parse; the parser decides from these.
/// </summary>
internal sealed partial class CheckInReading
{
    private readonly List<Lexeme> _lexemes;

    private CheckInReading(List<Lexeme> lexemes) => _lexemes = lexemes;

    public List<Item> Items { get; } = [];

    /// <summary>Exercises named after "but", "no", "skipped" and the like.</summary>
    public List<Exercise> Excluded { get; } = [];

    /// <summary>Exercises put off for later: "squats later", "will do squats tonight", "squats not done".</summary>
    public List<Exercise> Deferred { get; } = [];

    public DayOffset Day { get; private set; }

    public bool HasDone { get; private set; }

    public bool HasCounts => Items.Any(i => i.Kind == ItemKind.Count);

    public bool HasBare => Items.Any(i => i.Kind == ItemKind.Bare);

    public bool HasExercises => Items.Any(i => i.Kind == ItemKind.Exercise);

    public bool HasInvalidNumbers { get; private set; }

    public bool HasCountWords { get; private set; }

    public bool HasSkip { get; private set; }

    /// <summary>"sick", "tomorrow": a reason not to train, unless the message is about something else ("see you tomorrow").</summary>
    public bool HasSoftSkip { get; private set; }

    public bool HasLater { get; private set; }

    public bool HasNotYet { get; private set; }

    public bool HasStrongNegation { get; private set; }

    public bool HasWeakNegation { get; private set; }

    public bool HasNothing { get; private set; }

    public bool HasOnly { get; private set; }

    public bool HasVague { get; private set; }

    public bool HasHip { get; private set; }

    public bool HasAll { get; private set; }

    public bool HasOtherActivity { get; private set; }

    /// <summary>A "done" in a clause that is not about the run: "all done, ran 10k".</summary>
    public bool HasDoneApartFromActivity { get; private set; }

    public bool HasUnknown { get; private set; }

    public bool HasQuestion { get; private set; }

    public bool HasPain { get; private set; }

    public bool HasSore { get; private set; }

    public bool HasIllness { get; private set; }

    public bool HasTravel { get; private set; }

    public bool HasGreeting { get; private set; }

    public bool HasThanks { get; private set; }

    public bool HasChatter { get; private set; }

    /// <summary>Friendly words of any kind: a greeting, thanks or small talk.</summary>
    public bool HasChat => HasGreeting || HasThanks || HasChatter;

    public int UnknownWords { get; private set; }

    /// <summary>"how many sets", "exercises", "today": what a question about today's plan asks about.</summary>
    public bool HasPlanWords { get; private set; }

    /// <summary>"last week", or a day further back than a check-in may be filed.</summary>
    public bool DayUnclear { get; private set; }

    /// <summary>"20/20" or "20, 15" alone: two numbers that are sets of reps only in a message about the exercises.</summary>
    public bool HasShortList { get; private set; }

    /// <summary>A word HipBot does not know right before the counts, where an exercise's name would go ("pushups 3x20").</summary>
    public bool HasUnknownName { get; private set; }

    public bool StartsWithInterrogative { get; private set; }

    /// <summary>"everything", "all of it": nothing but words for the whole plan, as an answer to "how much?".</summary>
    public bool OnlySaysAll { get; private set; }

    /// <summary>"not done", "haven't finished": not yet, rather than never.</summary>
    public bool DoneNegatedWeakly { get; private set; }

    /// <summary>"didn't finish": some work, an unknown amount.</summary>
    public bool DoneNegatedStrongly { get; private set; }

    public IReadOnlyList<Exercise> NamedExercises =>
        [.. Items.Where(i => i.Kind == ItemKind.Exercise).Select(i => i.Exercise).Concat(Excluded).Distinct()];

    public static CheckInReading Of(List<Lexeme> lexemes)
    {
        var reading = new CheckInReading(lexemes);
        reading.Scan();
        return reading;
    }
}
