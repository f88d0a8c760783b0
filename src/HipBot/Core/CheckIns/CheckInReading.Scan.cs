using HipBot.Core.Training;

namespace HipBot.Core.CheckIns;

/// <summary>The one pass over a message's lexemes that finds what <see cref="CheckInReading"/> holds.</summary>
internal sealed partial class CheckInReading
{
    private void Scan()
    {
        List<Exercise>? excluding = null;
        Side? pendingSide = null;
        var lastCountEnd = -2;
        StartsWithInterrogative = _lexemes.Count > 0 && _lexemes[0].Kind == LexKind.Interrogative;

        for (var i = 0; i < _lexemes.Count; i++)
        {
            var lexeme = _lexemes[i];
            switch (lexeme.Kind)
            {
                case LexKind.Exercise:
                    HasPlanWords = true;
                    if (excluding is not null)
                    {
                        excluding.Add(lexeme.Exercise);
                    }
                    else
                    {
                        Items.Add(new Item(ItemKind.Exercise, lexeme.Exercise, Position: i));
                    }
                    continue;
                case LexKind.Link or LexKind.Join:
                    // "except clams and squats", "no the squats": the exclusion runs on through these.
                    continue;
                case LexKind.Measure:
                    // "5:30/km", "21.1 km": a pace or a distance is a run; "alarm at 6:30" is nothing at all.
                    excluding = null;
                    NoteActivity(i, i + 1 < _lexemes.Count && _lexemes[i + 1].Kind is LexKind.DistanceUnit or LexKind.Unit);
                    continue;
                case LexKind.Number or LexKind.Times:
                    excluding = null;
                    var countStart = i;
                    var read = CountReader.Read(_lexemes, i);
                    i = read.Last;
                    switch (read.Outcome)
                    {
                        case CountOutcome.List:
                            HasShortList |= !read.ListIsSure;
                            NoteUnknownName(countStart);
                            var listSide = pendingSide;
                            if (listSide is null && i + 1 < _lexemes.Count && _lexemes[i + 1].Kind == LexKind.Side)
                            {
                                i++;
                                HasCountWords = true;
                                listSide = _lexemes[i].Side;
                            }
                            pendingSide = null;
                            foreach (var group in read.List)
                            {
                                Items.Add(new Item(ItemKind.Count, Count: listSide is { } s ? group with { Side = s } : group));
                            }
                            lastCountEnd = i;
                            break;
                        case CountOutcome.Count:
                            NoteUnknownName(countStart);
                            var count = read.Count;
                            if (pendingSide is { } side)
                            {
                                count = count with { Side = side };
                            }
                            else if (i + 1 < _lexemes.Count && _lexemes[i + 1].Kind == LexKind.Side)
                            {
                                i++;
                                HasCountWords = true;
                                count = count with { Side = _lexemes[i].Side };
                            }
                            pendingSide = null;
                            Items.Add(new Item(ItemKind.Count, Count: count));
                            lastCountEnd = i;
                            break;
                        case CountOutcome.Bare:
                            Items.Add(new Item(ItemKind.Bare, Bare: read.Bare));
                            break;
                        case CountOutcome.Invalid:
                            HasInvalidNumbers = true;
                            break;
                        case CountOutcome.Distance:
                            NoteActivity(countStart, true);
                            break;
                        default:
                            break;
                    }
                    continue;
                case LexKind.Side:
                    HasCountWords = true;
                    AttachSide(lexeme.Side, i, lastCountEnd, ref pendingSide);
                    break;
                case LexKind.Sets or LexKind.Reps:
                    HasCountWords = true;
                    HasPlanWords = true;
                    break;
                case LexKind.DayBack or LexKind.Weekday:
                    NoteDay(lexeme, i);
                    break;
                case LexKind.Done:
                    ReadDone(i);
                    break;
                case LexKind.Later:
                    HasLater = true;
                    if (NextSignificant(i) == LexKind.Exercise)
                    {
                        excluding = Deferred;
                        continue;
                    }
                    PopTrailingExercises(i, Deferred);
                    break;
                case LexKind.Exclude or LexKind.StrongNegation or LexKind.WeakNegation or LexKind.Skip:
                    var target = NextSignificant(i);
                    if (target == LexKind.Exercise)
                    {
                        excluding = Excluded;
                        continue;
                    }
                    if (lexeme.Kind != LexKind.Exclude && target != LexKind.Done && PopTrailingExercises(i, Excluded))
                    {
                        // "squats ❌", "squats skipped", "clams yes, squats no".
                        break;
                    }
                    if (target == LexKind.All && lexeme.Kind is LexKind.StrongNegation or LexKind.WeakNegation)
                    {
                        // "not all of it", "didn't do everything".
                        HasVague = true;
                    }
                    HasSkip |= lexeme.Kind == LexKind.Skip;
                    HasStrongNegation |= lexeme.Kind == LexKind.StrongNegation;
                    HasWeakNegation |= lexeme.Kind == LexKind.WeakNegation;
                    break;
                case LexKind.SoftVague:
                    HasVague |= NextSignificant(i) is null or LexKind.Break or LexKind.Question or LexKind.Exercise
                        or LexKind.Hip or LexKind.All or LexKind.Join or LexKind.Done or LexKind.Sets or LexKind.Reps;
                    break;
                case LexKind.Break:
                    if (Items.Count > 0 && Items[^1].Kind != ItemKind.Break)
                    {
                        Items.Add(new Item(ItemKind.Break));
                    }
                    break;
                case LexKind.OtherActivity:
                    // "did them before my run": the run is when, not what.
                    NoteActivity(i, true);
                    break;
                default:
                    Note(lexeme.Kind);
                    break;
            }
            excluding = null;
        }
        FindDoneApartFromActivity();
        OnlySaysAll = _lexemes.Exists(l => l.Kind == LexKind.All)
            && _lexemes.TrueForAll(l => l.Kind is LexKind.All or LexKind.Link or LexKind.Break);
    }

    /// <summary>Moves the exercises just before a lexeme out of the done list: "squats later", "squats skipped".</summary>
    private bool PopTrailingExercises(int index, List<Exercise> into)
    {
        // Only the names right before it, back to the last comma or count: "did clams, squats later" keeps the clams.
        var start = index;
        while (start > 0 && _lexemes[start - 1].Kind is LexKind.Exercise or LexKind.Link or LexKind.Join)
        {
            start--;
        }
        var popped = new List<Exercise>();
        while (Items.Count > 0 && Items[^1] is { Kind: ItemKind.Exercise } item && item.Position >= start)
        {
            popped.Insert(0, Items[^1].Exercise);
            Items.RemoveAt(Items.Count - 1);
        }
        into.AddRange(popped);
        return popped.Count > 0;
    }

    private void Note(LexKind kind)
    {
        switch (kind)
        {
            case LexKind.SoftSkip: HasSoftSkip = true; break;
            case LexKind.NotYet: HasNotYet = true; break;
            case LexKind.Nothing: HasNothing = true; break;
            case LexKind.Only: HasOnly = true; break;
            case LexKind.Vague: HasVague = true; break;
            case LexKind.Yesterday: Day = DayOffset.Yesterday; break;
            case LexKind.Hip: HasHip = true; HasPlanWords = true; break;
            case LexKind.Today: HasPlanWords = true; break;
            case LexKind.All: HasAll = true; break;
            case LexKind.Question: HasQuestion = true; break;
            case LexKind.Unknown: HasUnknown = true; UnknownWords++; break;
            case LexKind.Pain: HasPain = true; break;
            case LexKind.Sore: HasSore = true; break;
            case LexKind.Illness: HasIllness = true; break;
            case LexKind.Travel: HasTravel = true; break;
            case LexKind.Greeting: HasGreeting = true; break;
            case LexKind.Thanks: HasThanks = true; break;
            case LexKind.Chatter: HasChatter = true; break;
            case LexKind.DayUnclear: DayUnclear = true; break;
            default: break;
        }
    }

    /// <summary>A run or a pace, unless a word of time ties it to the work ("done after my 5:30/km tempo").</summary>
    private void NoteActivity(int index, bool isActivity)
    {
        if (!isActivity)
        {
            return;
        }
        for (var k = index - 1; k >= 0 && _lexemes[k].Kind != LexKind.Break; k--)
        {
            if (_lexemes[k].Kind == LexKind.TimePreposition)
            {
                return;
            }
        }
        HasOtherActivity = true;
        (_activityClauses ??= []).Add(ClauseOf(index));
    }

    /// <summary>The clauses (counted by breaks) that name a run; made only for a message that names one.</summary>
    private HashSet<int>? _activityClauses;

    private int ClauseOf(int index)
    {
        var clause = 0;
        for (var k = 0; k < index; k++)
        {
            clause += _lexemes[k].Kind == LexKind.Break ? 1 : 0;
        }
        return clause;
    }

    /// <summary>"all done, ran 21.1 km": a "done" in a clause of its own is about the hips, whatever the run.</summary>
    private void FindDoneApartFromActivity()
    {
        if (_activityClauses is null || !HasDone)
        {
            return;
        }
        var clause = 0;
        for (var k = 0; k < _lexemes.Count; k++)
        {
            var kind = _lexemes[k].Kind;
            clause += kind == LexKind.Break ? 1 : 0;
            if (kind == LexKind.Done && !_activityClauses.Contains(clause))
            {
                HasDoneApartFromActivity = true;
                return;
            }
        }
    }

    /// <summary>Which day: "3 days ago" and "on monday" within the last week; further back is asked about.</summary>
    private void NoteDay(Lexeme lexeme, int index)
    {
        if (ClauseIsAboutActivity(index))
        {
            // "hips done, race on sunday": the day of the race, not of the work.
            return;
        }
        if (lexeme.Kind == LexKind.DayBack)
        {
            Day = DayOffset.DaysAgo(lexeme.Value);
            DayUnclear |= lexeme.Value > DayOffset.MaxDaysBack;
            return;
        }
        var last = lexeme.Value > 10;
        Day = DayOffset.On((NodaTime.IsoDayOfWeek)(last ? lexeme.Value - 10 : lexeme.Value), last);
    }

    /// <summary>Whether the clause around a lexeme names a run or a race and no work.</summary>
    private bool ClauseIsAboutActivity(int index)
    {
        var start = index;
        while (start > 0 && _lexemes[start - 1].Kind != LexKind.Break)
        {
            start--;
        }
        var activity = false;
        for (var k = start; k < _lexemes.Count && _lexemes[k].Kind != LexKind.Break; k++)
        {
            var kind = _lexemes[k].Kind;
            if (kind is LexKind.Done or LexKind.Exercise or LexKind.Hip or LexKind.Skip or LexKind.Times or LexKind.Sets or LexKind.Reps)
            {
                return false;
            }
            activity |= kind is LexKind.OtherActivity or LexKind.DistanceUnit;
        }
        return activity;
    }

    /// <summary>"pushups 3x20": an unknown word right before the first count may be an exercise HipBot does not know.</summary>
    private void NoteUnknownName(int countStart)
    {
        var before = countStart - 1;
        while (before >= 0 && _lexemes[before].Kind == LexKind.Link)
        {
            before--;
        }
        HasUnknownName |= before >= 0 && _lexemes[before].Kind == LexKind.Unknown && !Items.Exists(item => item.Kind == ItemKind.Count);
    }

    private void ReadDone(int index)
    {
        var previous = PreviousSignificant(index);
        var negation = previous is LexKind.WeakNegation or LexKind.StrongNegation;
        if (negation && PopTrailingExercises(PreviousSignificantIndex(index), Deferred))
        {
            // "clams done, squats not done": the squats wait; the clams still count.
            return;
        }
        if (previous == LexKind.WeakNegation)
        {
            DoneNegatedWeakly = true;
        }
        else if (previous == LexKind.StrongNegation)
        {
            DoneNegatedStrongly = true;
        }
        else
        {
            HasDone = true;
            Items.Add(new Item(ItemKind.Done));
        }
    }

    /// <summary>"2x20 left" names the count before it; "left 2x20" the one after.</summary>
    private void AttachSide(Side side, int index, int lastCountEnd, ref Side? pendingSide)
    {
        if (side == Side.Both)
        {
            return;
        }
        var last = Items.Count - 1;
        if (lastCountEnd == index - 1 && last >= 0 && Items[last] is { Kind: ItemKind.Count, Count.Side: Side.Both } item)
        {
            Items[last] = item with { Count = item.Count with { Side = side } };
            return;
        }
        pendingSide = side;
    }

    private LexKind? NextSignificant(int index)
    {
        for (var i = index + 1; i < _lexemes.Count; i++)
        {
            var kind = _lexemes[i].Kind;
            if (kind is not (LexKind.Link or LexKind.WeakNegation or LexKind.StrongNegation or LexKind.Exclude))
            {
                return kind;
            }
        }
        return null;
    }

    private LexKind? PreviousSignificant(int index) =>
        PreviousSignificantIndex(index) is var i and >= 0 ? _lexemes[i].Kind : null;

    private int PreviousSignificantIndex(int index)
    {
        for (var i = index - 1; i >= 0; i--)
        {
            if (_lexemes[i].Kind != LexKind.Link)
            {
                return i;
            }
        }
        return -1;
    }
}
