using HipBot.Core.CheckIns;
using HipBot.Core.Privacy;
using HipBot.Core.Streaks;
using HipBot.Core.Training;
using NodaTime;

namespace HipBot.Core.Chats;

/// <summary>What the shell loads beside the chat's state so the core can decide without touching storage.</summary>
/// <param name="Logs">The chat's check-ins of its open and recent days (of the last weeks when asked for), by local date.</param>
/// <param name="Latest">The latest check-in, for /undo.</param>
/// <param name="LastCheckInDate">The last local date anything was logged, however long ago.</param>
public sealed record ChatContext(Instant Now, Logbook Logs, LatestCheckIn? Latest = null, LocalDate? LastCheckInDate = null)
{
    private static readonly IReadOnlyDictionary<LocalDate, DayOutcome> NoOutcomes = new Dictionary<LocalDate, DayOutcome>();

    private readonly IReadOnlyDictionary<LocalDate, DayOutcome> outcomes = NoOutcomes;
    private readonly EarlierDays? earlier;

    /// <summary>
    /// Whether the shell read the closed days (<see cref="ContextNeeds.RecentHistory"/> or <see cref="ContextNeeds.History"/>).
    /// A check-in on an open day never looks at them, so an ordinary turn does not read them: one that does stops with
    /// <see cref="MissingContext"/> and runs again with them.
    /// </summary>
    public bool OutcomesRead { get; init; } = true;

    /// <summary>
    /// The chat's closed training days: every one (<see cref="ContextNeeds.History"/>), or those from
    /// <see cref="EarlierDays.Before"/> on when <see cref="Earlier"/> stands for the rest.
    /// </summary>
    public IReadOnlyDictionary<LocalDate, DayOutcome> Outcomes
    {
        get => OutcomesRead ? outcomes : throw new MissingContext(ContextNeeds.RecentHistory);
        init => outcomes = value;
    }

    /// <summary>The closed days before <see cref="Outcomes"/>, when the turn read only the recent ones; null when it read them all.</summary>
    public EarlierDays? Earlier
    {
        get => OutcomesRead ? earlier : throw new MissingContext(ContextNeeds.RecentHistory);
        init => earlier = value;
    }

    /// <summary>Done or partial closed days of all time: those read and those before them.</summary>
    public int Sessions => Outcomes.Values.Count(o => o is DayOutcome.Done or DayOutcome.Partial) + (Earlier?.Sessions ?? 0);

    /// <summary>
    /// Training days whose plan went out. A day without one – before the first plan, after a resume or a settings
    /// change, during downtime, or held back by the ladder (after the pause offer or the farewell) – is neutral: it
    /// can only count if the user logged something.
    /// </summary>
    public IReadOnlySet<LocalDate> PlannedDates { get; init; } = new HashSet<LocalDate>();

    /// <summary>
    /// Whether the plan of <paramref name="date"/> went out: <see cref="PlannedDates"/>, read as the rules must read it,
    /// stopping the turn (<see cref="MissingContext"/>) for a day the shell left out rather than answering "no plan".
    /// </summary>
    public bool WasPlanned(LocalDate date)
    {
        Logs.Require(date);
        return PlannedDates.Contains(date);
    }

    /// <summary>All reps per side ever logged, per exercise.</summary>
    public IReadOnlyDictionary<Exercise, int> TotalReps { get; init; } = new Dictionary<Exercise, int>();

    /// <summary>The level of each plan sent, by local date, over the weeks the /stats chart shows.</summary>
    public IReadOnlyDictionary<LocalDate, int> PlanLevels { get; init; } = new Dictionary<LocalDate, int>();

    /// <summary>Every stored check-in, oldest first; null unless the turn asked for it (<see cref="ContextNeeds.FullRecord"/>).</summary>
    public IReadOnlyList<StoredCheckIn>? Record { get; init; }

    /// <summary>The chat's zone and local date now; null until it has a usable time zone. Set once per turn by <see cref="For"/>.</summary>
    public LocalDay? Day { get; init; }

    public static ChatContext At(Instant now) => new(now, Logbook.Empty);

    /// <summary>
    /// The context with the local day of <paramref name="state"/>, computed here once for the whole turn. A no-op when it
    /// is set for the same zone already, so a step that is also an entry point (and tested as one) may call it too.
    /// </summary>
    public ChatContext For(ChatState state) =>
        Day is { } day && day.Zone.Id == state.Settings.TimeZone ? this : this with { Day = LocalDay.Of(state, Now) };

    /// <summary>The same context with outcomes added by this turn, so later steps of the turn see them.</summary>
    public ChatContext With(IEnumerable<Effect> effects)
    {
        var saved = effects.OfType<SaveOutcome>().ToList();
        // Unread outcomes stay unread: a later step that reads them runs the turn again with them, and these among them.
        if (saved.Count == 0 || !OutcomesRead)
        {
            return this;
        }
        var outcomes = new Dictionary<LocalDate, DayOutcome>(Outcomes);
        foreach (var outcome in saved)
        {
            outcomes[outcome.Date] = outcome.Outcome;
        }
        return this with { Outcomes = outcomes };
    }
}
