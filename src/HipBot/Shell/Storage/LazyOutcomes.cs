using System.Collections;
using System.Diagnostics.CodeAnalysis;
using HipBot.Core.Streaks;
using NodaTime;

namespace HipBot.Shell.Storage;

/// <summary>
/// A chat's closed days, read from the database the first time the core looks at them, inside the turn's job of the one
/// writer (so on its connection and transaction, which it must not outlive). Most turns, a check-in for today above all,
/// never look: the years of outcomes then cost nothing, and the turns that do (a backfill of a closed day, /stats,
/// /history, /export) see every one of them, as before.
/// </summary>
internal sealed class LazyOutcomes(Func<IReadOnlyDictionary<LocalDate, DayOutcome>> load) : IReadOnlyDictionary<LocalDate, DayOutcome>
{
    private IReadOnlyDictionary<LocalDate, DayOutcome>? loaded;

    private IReadOnlyDictionary<LocalDate, DayOutcome> Loaded => loaded ??= load();

    public DayOutcome this[LocalDate key] => Loaded[key];

    public IEnumerable<LocalDate> Keys => Loaded.Keys;

    public IEnumerable<DayOutcome> Values => Loaded.Values;

    public int Count => Loaded.Count;

    public bool ContainsKey(LocalDate key) => Loaded.ContainsKey(key);

    public bool TryGetValue(LocalDate key, [MaybeNullWhen(false)] out DayOutcome value) => Loaded.TryGetValue(key, out value);

    public IEnumerator<KeyValuePair<LocalDate, DayOutcome>> GetEnumerator() => Loaded.GetEnumerator();

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();
}
