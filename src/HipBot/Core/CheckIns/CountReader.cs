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
}

internal readonly record struct CountRead(CountOutcome Outcome, int Last, Count Count = default, int Bare = 0);

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
        if (start > 0 && lexemes[start - 1].Kind == LexKind.TimePreposition)
        {
            var last = Is(lexemes, start + 1, LexKind.Unit) ? start + 1 : start;
            return new CountRead(CountOutcome.Dropped, last);
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
