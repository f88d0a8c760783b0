using HipBot.Core.Plans;
using NodaTime;

namespace HipBot.Core.Groups;

/// <summary>When a group's daily posts fall: at the post time on the group's clock, every day of the challenge, and once more the day after it ends (the closing word).</summary>
public static class PostSchedule
{
    /// <summary>At most one edit of the post about this often: edits count against the group's ~20 messages a minute.</summary>
    public static readonly Duration EditEvery = Duration.FromMinutes(1);

    /// <summary>The first post strictly after <paramref name="after"/>; null when the challenge has had its closing word.</summary>
    public static Instant? NextAfter(Challenge challenge, Instant after)
    {
        ArgumentNullException.ThrowIfNull(challenge);
        var zone = challenge.Zone;
        var date = after.InZone(zone).Date;
        if (date < challenge.StartsOn)
        {
            date = challenge.StartsOn;
        }
        for (; date <= challenge.EndsOn.PlusDays(1); date = date.PlusDays(1))
        {
            var at = ReminderCalendar.At(date, challenge.PostTime, zone);
            if (at > after)
            {
                return at;
            }
        }
        return null;
    }

    /// <summary>
    /// When a challenge just set up (or resumed) posts next: at once when today is one of its days, today's post time
    /// has passed and today has no post yet, so a challenge started at noon does not wait until tomorrow; otherwise at
    /// the next post time.
    /// </summary>
    public static Instant? First(Challenge challenge, Instant now, LocalDate? postedOn = null)
    {
        ArgumentNullException.ThrowIfNull(challenge);
        var today = now.InZone(challenge.Zone).Date;
        var dueToday = today >= challenge.StartsOn && today <= challenge.EndsOn && postedOn != today
            && ReminderCalendar.At(today, challenge.PostTime, challenge.Zone) <= now;
        return dueToday ? now : NextAfter(challenge, now);
    }

    /// <summary>The earliest moment the post may change again after a check-in at <paramref name="now"/>.</summary>
    public static Instant RefreshAt(GroupState group, Instant now) =>
        group.LastPostChangeAt is { } last && last + EditEvery > now ? last + EditEvery : now;
}
