using HipBot.Core.Training;


namespace HipBot.Core.CheckIns;

/// <summary>
/// Pairs exercises with their counts. Within a clause, messages either name first ("clams 3x20 raises 2x20") or count
/// first ("3x20 clams"); the first thing said decides which. Across commas, a clause of bare names shares the count of
/// the next clause ("clams, raises and squats 2x15"), and a clause of bare counts belongs to the names before it.
/// </summary>
internal static class CheckInEntryBuilder
{
    public static List<CheckInEntry> Build(IReadOnlyList<Item> items)
    {
        if (!items.Any(i => i.Kind == ItemKind.Exercise))
        {
            var counted = items.Where(i => i.Kind == ItemKind.Count).Select(i => Counted(null, i.Count)).ToList();
            return counted.Count > 0 ? counted : [CheckInEntry.Done()];
        }

        var groups = new List<Group>();
        var waitingNames = new List<Item>();
        var waitingCounts = new List<Item>();
        foreach (var clause in Clauses(items))
        {
            var hasNames = clause.Exists(i => i.Kind == ItemKind.Exercise);
            var hasCounts = clause.Exists(i => i.Kind is ItemKind.Count or ItemKind.Done);
            if (hasNames && !hasCounts)
            {
                waitingNames.AddRange(clause);
            }
            else if (!hasNames && hasCounts)
            {
                if (waitingNames.Count > 0)
                {
                    groups.Add(new Group(Names(waitingNames), clause));
                    waitingNames.Clear();
                }
                else if (groups.Count > 0)
                {
                    groups[^1].Counts.AddRange(clause);
                }
                else
                {
                    waitingCounts.AddRange(clause);
                }
            }
            else if (hasNames)
            {
                groups.AddRange(Pair([.. waitingCounts, .. waitingNames, .. clause]));
                waitingCounts.Clear();
                waitingNames.Clear();
            }
        }
        if (waitingNames.Count > 0)
        {
            groups.Add(new Group(Names(waitingNames), waitingCounts));
        }

        var entries = new List<CheckInEntry>();
        foreach (var group in groups)
        {
            var numbers = group.Counts.Where(c => c.Kind == ItemKind.Count).ToList();
            foreach (var exercise in group.Exercises.Distinct())
            {
                if (numbers.Count == 0)
                {
                    entries.Add(CheckInEntry.Done(exercise));
                }
                else
                {
                    entries.AddRange(numbers.Select(n => Counted(exercise, n.Count)));
                }
            }
        }
        return entries;
    }

    /// <summary>Names and the counts that go with them; a group with no numbers means the names are done.</summary>
    private sealed record Group(List<Exercise> Exercises, List<Item> Counts);

    private static IEnumerable<List<Item>> Clauses(IReadOnlyList<Item> items)
    {
        var clause = new List<Item>();
        foreach (var item in items)
        {
            if (item.Kind != ItemKind.Break)
            {
                clause.Add(item);
            }
            else if (clause.Count > 0)
            {
                yield return clause;
                clause = [];
            }
        }
        if (clause.Count > 0)
        {
            yield return clause;
        }
    }

    /// <summary>Pairs names and counts inside one clause, in the direction its first item sets.</summary>
    private static IEnumerable<Group> Pair(List<Item> clause)
    {
        var runs = new List<(bool IsName, List<Item> Items)>();
        foreach (var item in clause)
        {
            var isName = item.Kind == ItemKind.Exercise;
            if (runs.Count > 0 && runs[^1].IsName == isName)
            {
                runs[^1].Items.Add(item);
            }
            else
            {
                runs.Add((isName, [item]));
            }
        }

        // "did clams 3x20": a leading "did" is just the verb, not a count for the clams.
        while (runs.Count > 0 && !runs[0].IsName && runs[0].Items.TrueForAll(i => i.Kind == ItemKind.Done))
        {
            runs.RemoveAt(0);
        }
        if (runs.Count == 0)
        {
            yield break;
        }

        var namesFirst = runs[0].IsName;
        var groups = new Dictionary<int, Group>();
        for (var k = 0; k < runs.Count; k++)
        {
            if (runs[k].IsName)
            {
                groups[k] = new Group(Names(runs[k].Items), []);
            }
        }
        for (var k = 0; k < runs.Count; k++)
        {
            if (!runs[k].IsName)
            {
                var owner = namesFirst || k + 1 >= runs.Count ? k - 1 : k + 1;
                groups[owner].Counts.AddRange(runs[k].Items);
            }
        }
        foreach (var group in groups.OrderBy(g => g.Key))
        {
            yield return group.Value;
        }
    }

    private static List<Exercise> Names(List<Item> items) =>
        [.. items.Where(i => i.Kind == ItemKind.Exercise).Select(i => i.Exercise)];

    private static CheckInEntry Counted(Exercise? exercise, Count count) =>
        CheckInEntry.Counted(exercise, count.Sets, count.Reps, count.Side);
}
