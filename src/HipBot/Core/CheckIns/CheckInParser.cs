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
        var reading = CheckInReading.Of(CheckInLexer.Lex(tokens));
        var parsed = Decide(reading, opensQuestion);
        if (parsed.IsRecordable && reading.DayUnclear)
        {
            // "3x20 last week", "done 10 days ago": which day, or further back than a check-in may go. Ask, never guess.
            return new ParsedCheckIn.Ambiguous(AmbiguityReason.When, reading.NamedExercises);
        }
        // Pain beside work: the work counts, and the answer says a word about the pain.
        return parsed.IsRecordable && parsed is not ParsedCheckIn.Skip && reading.HasPain ? parsed with { Concern = CareTopic.Pain } : parsed;
    }

    /// <summary>Pain, illness or travel, when no work is claimed: the care path, never a log.</summary>
    private static ParsedCheckIn.Care? CareOf(CheckInReading reading) =>
        reading.HasPain ? new ParsedCheckIn.Care(CareTopic.Pain)
        : reading.HasIllness ? new ParsedCheckIn.Care(CareTopic.Illness)
        : reading.HasTravel ? new ParsedCheckIn.Care(CareTopic.Travel)
        : reading.HasSore && !reading.HasDone ? new ParsedCheckIn.Care(CareTopic.Pain)
        : null;

    /// <summary>Friendly words and nothing else (one stray word allowed: "thanks coach"); null when it says more.</summary>
    private static ParsedCheckIn.Chat? ChatOf(CheckInReading reading)
    {
        if (!reading.HasChat || reading.UnknownWords > 1)
        {
            return null;
        }
        return new ParsedCheckIn.Chat(reading.HasThanks ? ChatTopic.Thanks : reading.HasGreeting && !reading.HasChatter ? ChatTopic.Greeting : ChatTopic.SmallTalk);
    }

    /// <summary>A question: about pain, about today's plan, a friendly "how are you?", or something HipBot cannot answer.</summary>
    private static ParsedCheckIn Question(CheckInReading reading, bool opensQuestion)
    {
        if (CareOf(reading) is { } care && !reading.HasTravel)
        {
            return care;
        }
        // "what do I do today?", "today's plan?"; but "do squats count?" asks something else.
        if ((reading.StartsWithInterrogative || !opensQuestion) && reading.HasPlanWords && !reading.HasOtherActivity)
        {
            return new ParsedCheckIn.Chat(ChatTopic.Today);
        }
        return reading.HasChatter && reading.UnknownWords == 0 ? new ParsedCheckIn.Chat(ChatTopic.SmallTalk) : new ParsedCheckIn.Unrelated();
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
            return Question(reading, opensQuestion);
        }
        var aboutHips = reading.HasExercises || reading.Excluded.Count > 0 || reading.HasHip || reading.HasCounts || reading.HasCountWords
            || reading.HasDoneApartFromActivity;
        var claimsWork = reading.HasDone || reading.HasCounts || reading.HasExercises || reading.Excluded.Count > 0 || (reading.HasBare && aboutHips);
        if (!claimsWork && CareOf(reading) is { } care)
        {
            // "my knee hurts", "got the flu", "travelling till Sunday": care, and nothing is logged.
            return care;
        }
        if (reading.HasShortList && !reading.HasExercises && !reading.HasDone && !reading.HasHip && !reading.HasCountWords)
        {
            // "20/20" or "12/12" alone might be a date or a score as easily as two sets; "race on 12/12" is a date.
            return reading.HasOtherActivity ? new ParsedCheckIn.Unrelated() : new ParsedCheckIn.Ambiguous(AmbiguityReason.Numbers, [], day);
        }
        if (reading.HasOtherActivity && !aboutHips)
        {
            // "I ran 10k today", "did my run": their day, not their hips.
            return new ParsedCheckIn.Unrelated();
        }
        if (reading.HasUnknownName && !reading.HasExercises && !reading.HasHip)
        {
            // "pushups 3x20", "clamshlels 3x20" (too far off to read): never logged as the whole day.
            return new ParsedCheckIn.Ambiguous(AmbiguityReason.WhichExercise, [], day);
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
        var skips = reading.HasSkip || (reading.HasSoftSkip && !reading.HasUnknown && !reading.HasChat);
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
        if (reading.HasBare && !reading.HasUnknown && !reading.HasChat)
        {
            return new ParsedCheckIn.Ambiguous(AmbiguityReason.Numbers, [], day);
        }
        if (reading.HasQuestion && reading.HasPlanWords)
        {
            // "today's plan?", "sets?"
            return new ParsedCheckIn.Chat(ChatTopic.Today);
        }
        return (ParsedCheckIn?)ChatOf(reading) ?? new ParsedCheckIn.Unrelated();
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
