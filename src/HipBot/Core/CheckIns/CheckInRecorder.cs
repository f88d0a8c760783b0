using HipBot.Core.Training;


namespace HipBot.Core.CheckIns;

/// <summary>
/// Turns a parsed check-in into log entries for one day. Check-ins add up; more than prescribed simply counts as done;
/// "done" fills exactly what is still missing. Pure: the caller loads the day's plan and log and saves the result.
/// </summary>
public static class CheckInRecorder
{
    /// <param name="logged">What is already logged for the check-in's date (see <see cref="DayOffset.From"/>).</param>
    public static RecordedCheckIn Record(ParsedCheckIn checkIn, DayPlan plan, DayLog logged)
    {
        ArgumentNullException.ThrowIfNull(checkIn);
        ArgumentNullException.ThrowIfNull(plan);
        ArgumentNullException.ThrowIfNull(logged);

        var work = new DayWork(plan, logged);
        switch (checkIn)
        {
            case ParsedCheckIn.Skip:
                // Nothing to skip once everything is in; the summary says so.
                return logged.Remaining(plan).Count == 0 && logged.Entries.Count > 0
                    ? new RecordedCheckIn(logged) { AlreadyDone = [.. plan.Items.Select(p => p.Exercise)] }
                    : new RecordedCheckIn(logged with { Skipped = true }) { SkipMarked = !logged.Skipped };
            case ParsedCheckIn.AllDone:
                work.Fill(plan.Items.Select(p => p.Exercise));
                break;
            case ParsedCheckIn.AllBut allBut:
                work.Fill(plan.Items.Select(p => p.Exercise).Except(allBut.Excluded));
                break;
            case ParsedCheckIn.Only only:
                work.Fill(only.Exercises);
                break;
            case ParsedCheckIn.Logged entries:
                work.Add(entries.Entries);
                break;
            default:
                return new RecordedCheckIn(logged) { IsRecordable = false };
        }
        return work.Result();
    }

    /// <summary>The day being built up by one check-in.</summary>
    private sealed class DayWork(DayPlan plan, DayLog logged)
    {
        private readonly List<ExerciseLog> _added = [];
        private readonly List<Exercise> _alreadyDone = [];
        private readonly List<Exercise> _oneSided = [];
        private DayLog _day = logged;

        public void Fill(IEnumerable<Exercise> exercises)
        {
            foreach (var exercise in exercises.Distinct())
            {
                if (_day.RemainingOf(plan.For(exercise)) is { } remaining)
                {
                    Append(new ExerciseLog(exercise, remaining.Sets, remaining.RepsPerSide, IsFull: true));
                }
                else if (!_alreadyDone.Contains(exercise))
                {
                    _alreadyDone.Add(exercise);
                }
            }
        }

        public void Add(IReadOnlyList<CheckInEntry> entries)
        {
            var expanded = entries
                .SelectMany(e => e.Exercise is { } one ? [(Exercise: one, Entry: e)] : plan.Items.Select(p => (p.Exercise, Entry: e)))
                .ToList();
            foreach (var exercise in expanded.Select(x => x.Exercise).Distinct())
            {
                var mine = expanded.Where(x => x.Exercise == exercise).Select(x => x.Entry).ToList();
                foreach (var entry in mine.Where(e => e.Side == Side.Both))
                {
                    if (entry.IsDone)
                    {
                        Fill([exercise]);
                    }
                    else
                    {
                        Count(exercise, entry);
                    }
                }
                AddSides(exercise, mine);
            }
        }

        public RecordedCheckIn Result() => new(_added.Count > 0 ? _day with { Skipped = false } : _day)
        {
            Added = _added,
            AlreadyDone = _alreadyDone,
            OneSided = _oneSided,
        };

        /// <summary>
        /// "2x20 left 3x20 right": a set per side needs both sides, so the weaker side is what counts.
        /// One side alone counts for nothing yet — crediting it would let one hip do all the work.
        /// </summary>
        private void AddSides(Exercise exercise, List<CheckInEntry> entries)
        {
            var left = entries.Where(e => e.Side == Side.Left).ToList();
            var right = entries.Where(e => e.Side == Side.Right).ToList();
            if (left.Count == 0 && right.Count == 0)
            {
                return;
            }
            if (left.Count == 0 || right.Count == 0)
            {
                _oneSided.Add(exercise);
                return;
            }
            var weaker = Volume(exercise, left) <= Volume(exercise, right) ? left : right;
            foreach (var entry in weaker)
            {
                Count(exercise, entry);
            }
        }

        private void Count(Exercise exercise, CheckInEntry entry)
        {
            var (sets, reps) = Amount(exercise, entry);
            var prescription = plan.For(exercise);
            var full = _day.IsDone(exercise) || _day.RepsDone(exercise) + (sets * reps) >= prescription.TotalRepsPerSide;
            Append(new ExerciseLog(exercise, sets, reps, full) { Side = entry.Side });
        }

        /// <summary>"20 reps" is one set of twenty; "3 sets" is three sets of the plan's reps.</summary>
        private (int Sets, int Reps) Amount(Exercise exercise, CheckInEntry entry) =>
            (entry.Sets ?? 1, entry.Reps ?? plan.For(exercise).RepsPerSide);

        private int Volume(Exercise exercise, List<CheckInEntry> entries) =>
            entries.Sum(e => e.IsDone ? plan.For(exercise).TotalRepsPerSide : Amount(exercise, e).Sets * Amount(exercise, e).Reps);

        private void Append(ExerciseLog log)
        {
            _added.Add(log);
            _day = _day with { Entries = [.. _day.Entries, log] };
        }
    }
}
