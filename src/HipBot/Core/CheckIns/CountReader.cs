namespace HipBot.Core.CheckIns;

/// <summary>Sets and reps as a check-in states them; null where the message did not say.</summary>
internal readonly record struct Count(int? Sets, int? Reps, Side Side = Side.Both);

internal enum CountOutcome
{
    /// <summary>Not a count at all: a stray "x".</summary>
    Nothing = 0,
    Count,
    /// <summary>A lone number: sets or reps depending on its size, if the rest of the message is a check-in.</summary>
    Bare,
    /// <summary>"3x", "0 sets", "40x20": numbers that cannot be taken as they are.</summary>
    Invalid,
    /// <summary>A time, weight or duration: "at 7", "30 min".</summary>
    Dropped,
    /// <summary>A distance: "10k", "5 miles" — a run, not hip work.</summary>
    Distance,
    /// <summary>Reps set by set: "20/20/20", "20, 20, 15" — counts grouped by equal reps.</summary>
    List,
}

/// <param name="ListIsSure">A list of three or more sets, or one with a word for reps or sides: no date or score looks like that.</param>
internal readonly record struct CountRead(
    CountOutcome Outcome, int Last, Count Count = default, int Bare = 0, IReadOnlyList<Count>? ListCounts = null, bool ListIsSure = false)
{
    public IReadOnlyList<Count> List => ListCounts ?? [];
}

/// <summary>Reads "3x20", "3 × 20 reps", "3 sets of 20", "20 reps x 3", "2 of 3 sets", "x20", "3 sets" and "20 reps" from a number or an "x".</summary>
internal static class CountReader
{
    /// <summary>More sets than this is a typo or a joke, not a session.</summary>
    public const int MaxSets = 10;

    /// <summary>More reps per set than this is not a set of these exercises.</summary>
    public const int MaxReps = 100;

    /// <summary>Counts of this size or less, standing alone, are sets; bigger ones are reps.</summary>
    public const int LargestBareSets = 5;

    public static CountRead Read(List<Lexeme> lexemes, int start) =>
        lexemes[start].Kind == LexKind.Times ? ReadAfterTimes(lexemes, start) : ReadNumber(lexemes, start);

    public static CountRead FromBare(int value, int last) =>
        value <= LargestBareSets ? Make(value, null, last) : Make(null, value, last);

    private static CountRead ReadAfterTimes(List<Lexeme> lexemes, int start)
    {
        if (!Is(lexemes, start + 1, LexKind.Number))
        {
            return new CountRead(CountOutcome.Nothing, start);
        }
        var value = lexemes[start + 1].Value;
        var last = start + 1;
        if (Is(lexemes, last + 1, LexKind.Sets))
        {
            return Make(value, null, last + 1);
        }
        return Is(lexemes, last + 1, LexKind.Reps) ? Make(null, value, last + 1) : FromBare(value, last);
    }

    private static CountRead ReadNumber(List<Lexeme> lexemes, int start)
    {
        var first = lexemes[start].Value;
        if (AfterTimeWord(lexemes, start))
        {
            var last = Is(lexemes, start + 1, LexKind.Unit) ? start + 1 : start;
            return new CountRead(CountOutcome.Dropped, last);
        }
        if (Is(lexemes, start + 1, LexKind.OutOf) && Is(lexemes, start + 2, LexKind.Number) && lexemes[start + 2].Value == 10
            && !Is(lexemes, start + 3, LexKind.Sets))
        {
            // "pain 3/10", "effort 7 out of 10": a score, not three sets of ten.
            return new CountRead(CountOutcome.Dropped, start + 2);
        }
        if (ReadList(lexemes, start) is { } list)
        {
            return list;
        }
        if (PerSideTimes(lexemes, start) is { } perSide)
        {
            return perSide;
        }
        if (Is(lexemes, start + 1, LexKind.DistanceUnit))
        {
            return new CountRead(CountOutcome.Distance, start + 1);
        }
        if (Is(lexemes, start + 1, LexKind.Unit))
        {
            return new CountRead(CountOutcome.Dropped, start + 1);
        }
        if (Is(lexemes, start + 1, LexKind.Times))
        {
            if (!Is(lexemes, start + 2, LexKind.Number))
            {
                return new CountRead(CountOutcome.Invalid, start + 1);
            }
            var second = lexemes[start + 2].Value;
            var last = start + 2;
            if (Is(lexemes, last + 1, LexKind.Reps) || Is(lexemes, last + 1, LexKind.Sets))
            {
                last++;
            }
            // "20x3" is reps × sets: nobody does twenty sets of three.
            return first > LargestBareSets && second <= LargestBareSets
                ? Make(second, first, last)
                : Make(first, second, last);
        }
        if (Is(lexemes, start + 1, LexKind.OutOf) && Is(lexemes, start + 2, LexKind.Number))
        {
            var of = lexemes[start + 2].Value;
            var last = Is(lexemes, start + 3, LexKind.Sets) ? start + 3 : start + 2;
            // "2 of 3 sets" and "2/3" are sets done out of those planned; "3/20" can only mean 3 × 20.
            if (of > MaxSets)
            {
                return Make(first, of, last);
            }
            return first <= of ? Make(first, null, last) : new CountRead(CountOutcome.Invalid, last);
        }
        if (Is(lexemes, start + 1, LexKind.Sets))
        {
            var last = start + 1;
            var next = last + 1;
            if (Is(lexemes, next, LexKind.Link) || Is(lexemes, next, LexKind.Times))
            {
                next++;
            }
            if (!Is(lexemes, next, LexKind.Number))
            {
                return Make(first, null, last);
            }
            last = Is(lexemes, next + 1, LexKind.Reps) ? next + 1 : next;
            return Make(first, lexemes[next].Value, last);
        }
        if (Is(lexemes, start + 1, LexKind.Reps))
        {
            var last = start + 1;
            var next = last + 1;
            var joined = Is(lexemes, next, LexKind.Times);
            if (joined || Is(lexemes, next, LexKind.Link))
            {
                next++;
            }
            var setsFollow = Is(lexemes, next, LexKind.Number) && (joined || Is(lexemes, next + 1, LexKind.Sets));
            if (!setsFollow)
            {
                return Make(null, first, last);
            }
            last = Is(lexemes, next + 1, LexKind.Sets) ? next + 1 : next;
            return Make(lexemes[next].Value, first, last);
        }
        return new CountRead(CountOutcome.Bare, start, Bare: first);
    }

    /// <summary>"at 7", "alarm for 6": a number after a word of time is a time.</summary>
    private static bool AfterTimeWord(List<Lexeme> lexemes, int start)
    {
        var before = start - 1;
        while (before >= 0 && lexemes[before].Kind == LexKind.Link)
        {
            before--;
        }
        return before >= 0 && lexemes[before].Kind == LexKind.TimePreposition;
    }

    /// <summary>"20 each leg x 3", "15 reps per side x 2": reps on each side, then the sets.</summary>
    private static CountRead? PerSideTimes(List<Lexeme> lexemes, int start)
    {
        var next = start + 1;
        if (Is(lexemes, next, LexKind.Reps))
        {
            next++;
        }
        if (!(Is(lexemes, next, LexKind.Side) && lexemes[next].Side == Side.Both && Is(lexemes, next + 1, LexKind.Times)
            && Is(lexemes, next + 2, LexKind.Number)))
        {
            return null;
        }
        var reps = lexemes[start].Value;
        var sets = lexemes[next + 2].Value;
        var last = Is(lexemes, next + 3, LexKind.Sets) ? next + 3 : next + 2;
        return reps <= LargestBareSets && sets > LargestBareSets ? Make(reps, sets, last) : Make(sets, reps, last);
    }

    /// <summary>
    /// "20/20/20", "20, 20, 15", "15/15 each side": reps written set by set. Every number must be a plausible set of reps
    /// (more than <see cref="LargestBareSets"/>), so "2/3" stays two of three sets and "3, 2" stays two counts.
    /// </summary>
    private static CountRead? ReadList(List<Lexeme> lexemes, int start)
    {
        var separated = Is(lexemes, start + 1, LexKind.OutOf) || Is(lexemes, start + 1, LexKind.Break);
        if (!Is(lexemes, start + 1, LexKind.Number) && !(separated && Is(lexemes, start + 2, LexKind.Number)))
        {
            // Most counts are not lists: nothing to collect, nothing to allocate.
            return null;
        }
        var values = new List<int> { lexemes[start].Value };
        var slashes = false;
        var at = start;
        var spaced = 0;
        while (true)
        {
            if (Is(lexemes, at + 1, LexKind.Number))
            {
                // "20 20 20": spaces alone separate sets only in a run of three or more.
                spaced++;
                values.Add(lexemes[at + 1].Value);
                at++;
                continue;
            }
            if (!(Is(lexemes, at + 1, LexKind.OutOf) || Is(lexemes, at + 1, LexKind.Break)) || !Is(lexemes, at + 2, LexKind.Number))
            {
                break;
            }
            slashes |= Is(lexemes, at + 1, LexKind.OutOf);
            values.Add(lexemes[at + 2].Value);
            at += 2;
        }
        if (spaced > 0 && values.Count < 3)
        {
            return null;
        }
        var plausible = values.TrueForAll(v => v is > LargestBareSets and <= MaxReps) && values.Count <= MaxSets;
        if (values.Count < 2 || !plausible || Is(lexemes, at + 1, LexKind.DistanceUnit) || Is(lexemes, at + 1, LexKind.Unit)
            || Is(lexemes, at + 1, LexKind.Times) || Is(lexemes, at + 1, LexKind.Sets))
        {
            return null;
        }
        var last = at;
        var worded = false;
        if (Is(lexemes, last + 1, LexKind.Reps))
        {
            last++;
            worded = true;
        }
        worded |= Is(lexemes, last + 1, LexKind.Side);
        // A comma list of two ("20, 15") reads the same as two answers; only a slash or a third number makes it one list.
        if (values.Count == 2 && !slashes && !worded)
        {
            return null;
        }
        var groups = values.GroupBy(v => v).Select(g => new Count(g.Count(), g.Key)).ToList();
        return new CountRead(CountOutcome.List, last, ListCounts: groups, ListIsSure: values.Count >= 3 || worded);
    }

    private static CountRead Make(int? sets, int? reps, int last)
    {
        var valid = sets is null or (>= 1 and <= MaxSets) && reps is null or (>= 1 and <= MaxReps);
        return valid
            ? new CountRead(CountOutcome.Count, last, new Count(sets, reps))
            : new CountRead(CountOutcome.Invalid, last);
    }

    private static bool Is(List<Lexeme> lexemes, int index, LexKind kind) =>
        index < lexemes.Count && lexemes[index].Kind == kind;
}
