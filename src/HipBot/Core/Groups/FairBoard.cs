using HipBot.Core.Chats;
using HipBot.Core.CheckIns;
using HipBot.Core.Streaks;
using HipBot.Core.Training;
using NodaTime;

namespace HipBot.Core.Groups;

/// <summary>A member on the board with their private record, as loaded for one group turn. <paramref name="State"/> is null until they write to the bot.</summary>
public sealed record MemberRecord(GroupMember Member, ChatState? State, Logbook Logs);

/// <summary>How one member stands this week: sessions done and planned, and the share, capped at 100 %.</summary>
/// <param name="Adherence">Null while nothing was planned and nothing done yet (just joined, or a week of rest so far).</param>
public sealed record MemberStanding(long UserId, string FirstName, int Done, int Planned, double? Adherence, bool SetUp, LocalDate? LastCheckIn);

public enum BoardTier
{
    FullWeek,
    ThreeQuarters,
    Half,
}

/// <summary>The board of one week: who is in each tier (best first), how many more are on their way, and the club's sessions.</summary>
public sealed record Board(LocalDate WeekStart, IReadOnlyDictionary<BoardTier, IReadOnlyList<string>> Tiers, int OnTheirWay, int ClubSessions, IReadOnlyList<MemberStanding> Standings)
{
    public int Named => Tiers.Values.Sum(t => t.Count);
}

/// <summary>
/// The fair board. Each member is measured since they joined, on their own training days in their own local dates,
/// within the group's current week (Monday to Sunday in the group's zone, not before the challenge started): sessions
/// done ÷ sessions planned. A skipped or paused day is out of both numbers, as it freezes the private streak; today
/// counts only once something is logged, so nobody drops in the morning for a session not yet due. Work on a rest day is
/// a session done (a moved session makes up for a missed one), but the share stops at 100 %, so extra sessions and extra
/// reps win nothing. Tiers name only who is at 50 % or more; everyone else is a count, never a list of who missed.
/// </summary>
public static class FairBoard
{
    public static Board Compute(Challenge challenge, IEnumerable<MemberRecord> members, Instant now)
    {
        ArgumentNullException.ThrowIfNull(challenge);
        ArgumentNullException.ThrowIfNull(members);
        var weekStart = WeekStart(challenge, now);
        var standings = members.Where(m => m.Member.OnBoard).Select(m => Standing(m, challenge, weekStart, now)).ToList();
        var ranked = standings
            .Where(s => s.Adherence is not null)
            .OrderByDescending(s => s.Adherence)
            .ThenByDescending(s => s.Done)
            .ThenBy(s => s.FirstName, StringComparer.OrdinalIgnoreCase)
            .ThenBy(s => s.UserId)
            .ToList();
        var tiers = new Dictionary<BoardTier, IReadOnlyList<string>>();
        foreach (var tier in Enum.GetValues<BoardTier>())
        {
            tiers[tier] = [.. ranked.Where(s => TierOf(s.Adherence) == tier).Select(s => s.FirstName)];
        }
        var named = tiers.Values.Sum(t => t.Count);
        return new Board(weekStart, tiers, standings.Count - named, standings.Sum(s => s.Done), standings);
    }

    /// <summary>The Monday the group's week began, in the group's zone; never before the challenge's first day.</summary>
    public static LocalDate WeekStart(Challenge challenge, Instant now)
    {
        var today = now.InZone(challenge.Zone).Date;
        var monday = today.Previous(IsoDayOfWeek.Monday);
        monday = today.DayOfWeek == IsoDayOfWeek.Monday ? today : monday;
        return monday < challenge.StartsOn ? challenge.StartsOn : monday;
    }

    public static BoardTier? TierOf(double? adherence) => adherence switch
    {
        >= 1.0 => BoardTier.FullWeek,
        >= 0.75 => BoardTier.ThreeQuarters,
        >= 0.5 => BoardTier.Half,
        _ => null,
    };

    private static MemberStanding Standing(MemberRecord record, Challenge challenge, LocalDate groupWeekStart, Instant now)
    {
        var member = record.Member;
        if (record.State is not { } state || LocalDay.Of(state, now) is not { } day || state.Settings.Days is not { } days)
        {
            return new MemberStanding(member.UserId, member.FirstName, 0, 0, null, SetUp: false, LastCheckIn: null);
        }
        var weekEnd = groupWeekStart.PlusDays(6);
        var joined = member.JoinedAt.InZone(day.Zone).Date;
        var from = joined > groupWeekStart ? joined : groupWeekStart;
        var to = day.Today < weekEnd ? day.Today : weekEnd;
        int done = 0, planned = 0;
        LocalDate? last = null;
        for (var date = from; date <= to; date = date.PlusDays(1))
        {
            var logged = DayClosing.Logged(record.Logs.For(date));
            var training = days.Includes(date);
            if (logged is LoggedWork.Full or LoggedWork.Partial)
            {
                done++;
                planned += training ? 1 : 0;
                last = date;
            }
            else if (logged == LoggedWork.Nothing && training && date < day.Today && !state.Habit.WasPausedOn(date))
            {
                // A training day gone by with nothing logged and no pause: planned, not done.
                planned++;
            }
        }
        double? adherence = planned > 0 ? Math.Min(done, planned) / (double)planned : done > 0 ? 1.0 : null;
        return new MemberStanding(member.UserId, member.FirstName, done, planned, adherence, SetUp: true, last);
    }
}
