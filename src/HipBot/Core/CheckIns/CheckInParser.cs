using HipBot.Core.Training;


namespace HipBot.Core.CheckIns;

/// <summary>
/// Reads what runners type after a plan — "done", "3x20", "clams 3x20, squats done", "all but the squats", "rest day",
/// "done yesterday" — into a <see cref="ParsedCheckIn"/>. Pure and total: never throws, whatever the input.
/// </summary>
public static class CheckInParser
{
    /// <summary>Check-ins are short; a longer message is conversation, and reading a paragraph for numbers misfires.</summary>
    public const int MaxCheckInLength = 300;

    public static ParsedCheckIn Parse(string? text)
    {
        if (string.IsNullOrWhiteSpace(text) || text.Length > MaxCheckInLength || text.TrimStart().StartsWith('/'))
        {
            return new ParsedCheckIn.Unrelated();
        }
        var tokens = CheckInTokenizer.Tokenize(text);
        if (tokens.Count == 0)
        {
            return new ParsedCheckIn.Unrelated();
        }
        var opensQuestion = tokens[0].Kind == TokenKind.Word && CheckInVocabulary.QuestionOpeners.Contains(tokens[0].Text);
        return Decide(CheckInReading.Of(CheckInLexer.Lex(tokens)), opensQuestion);
    }

    /// <summary>
    /// The order is the policy: first rule out messages that are not check-ins (questions, a run); then prefer asking
    /// over guessing when the amount is unclear; then a skip or "later" if no work is claimed; then concrete work;
    /// then a plain "done"; and only last a bare "no" or number.
    /// </summary>
    private static ParsedCheckIn Decide(CheckInReading reading, bool opensQuestion)
    {
        var day = reading.Day;
        if (reading.StartsWithInterrogative || (reading.HasQuestion && (opensQuestion || !reading.HasCounts)))
        {
            return new ParsedCheckIn.Unrelated();
        }
        var aboutHips = reading.HasExercises || reading.Excluded.Count > 0 || reading.HasHip || reading.HasCounts || reading.HasCountWords;
        if (reading.HasOtherActivity && !aboutHips)
        {
            // "I ran 10k today", "did my run": their day, not their hips.
            return new ParsedCheckIn.Unrelated();
        }
        if (reading.HasNothing && !reading.HasCounts && !reading.HasExercises)
        {
            return new ParsedCheckIn.Skip(day);
        }
        if (reading.HasNotYet || reading.DoneNegatedWeakly)
        {
            return new ParsedCheckIn.Later(day);
        }
        if (reading.DoneNegatedStrongly)
        {
            return new ParsedCheckIn.Ambiguous(AmbiguityReason.HowMuch, reading.NamedExercises, day);
        }
        if (reading.HasInvalidNumbers)
        {
            return new ParsedCheckIn.Ambiguous(AmbiguityReason.Numbers, reading.NamedExercises, day);
        }
        if (reading.HasVague && !reading.HasCounts)
        {
            return new ParsedCheckIn.Ambiguous(AmbiguityReason.HowMuch, reading.NamedExercises, day);
        }
        var nothingDone = !reading.HasDone && !reading.HasCounts;
        var skips = reading.HasSkip || (reading.HasSoftSkip && !reading.HasUnknown);
        if (skips && nothingDone && !reading.HasExercises)
        {
            return new ParsedCheckIn.Skip(day);
        }
        if (reading.HasLater && nothingDone)
        {
            return new ParsedCheckIn.Later(day);
        }

        var checkInContext = reading.HasExercises || reading.HasDone || reading.HasHip || reading.HasAll || reading.HasCountWords || reading.HasCounts;
        if (checkInContext && reading.HasBare)
        {
            if (ResolveBareNumbers(reading.Items) is not { } items)
            {
                return new ParsedCheckIn.Ambiguous(AmbiguityReason.Numbers, reading.NamedExercises, day);
            }
            return Positive(reading, items, day);
        }
        if (reading.HasCounts || reading.HasExercises)
        {
            return Positive(reading, reading.Items, day);
        }
        if (reading.Deferred.Count > 0)
        {
            // "done, squats later" finishes the rest; "squats later" alone is only a plan.
            return reading.HasDone
                ? new ParsedCheckIn.AllBut([.. reading.Deferred.Concat(reading.Excluded).Distinct()], day)
                : new ParsedCheckIn.Later(day);
        }
        if (reading.Excluded.Count > 0)
        {
            return new ParsedCheckIn.AllBut([.. reading.Excluded.Distinct()], day);
        }
        if (reading.HasDone || reading.OnlySaysAll)
        {
            return new ParsedCheckIn.AllDone(day);
        }
        if (reading.HasStrongNegation || skips || (reading.HasWeakNegation && !reading.HasUnknown))
        {
            return new ParsedCheckIn.Skip(day);
        }
        if (reading.HasBare && !reading.HasUnknown)
        {
            return new ParsedCheckIn.Ambiguous(AmbiguityReason.Numbers, [], day);
        }
        return new ParsedCheckIn.Unrelated();
    }

    private static ParsedCheckIn Positive(CheckInReading reading, List<Item> items, DayOffset day)
    {
        var hasCounts = items.Any(i => i.Kind == ItemKind.Count);
        if (!hasCounts && !reading.HasExercises)
        {
            return new ParsedCheckIn.AllDone(day);
        }
        if (reading.HasOnly && !hasCounts)
        {
            IReadOnlyList<Exercise> only = [.. items.Where(i => i.Kind == ItemKind.Exercise).Select(i => i.Exercise).Distinct()];
            return new ParsedCheckIn.Only(only, day);
        }
        return new ParsedCheckIn.Logged(CheckInEntryBuilder.Build(items), day);
    }

    /// <summary>In a check-in, a lone small number is sets and a big one reps: "clams 3", "squats 20". Null if one is out of range.</summary>
    private static List<Item>? ResolveBareNumbers(List<Item> items)
    {
        var resolved = new List<Item>(items.Count);
        foreach (var item in items)
        {
            if (item.Kind != ItemKind.Bare)
            {
                resolved.Add(item);
                continue;
            }
            var read = CountReader.FromBare(item.Bare, 0);
            if (read.Outcome != CountOutcome.Count)
            {
                return null;
            }
            resolved.Add(new Item(ItemKind.Count, Count: read.Count));
        }
        return resolved;
    }
}
