using HipBot.Core.Messages;
using NodaTime;

namespace HipBot.Core.Groups;

/// <summary>
/// What the scheduler does for a group: the daily post at the group's time (silent, in its topic), yesterday's post
/// finalized without buttons, the Monday recap pinned when the bot may pin, the closing word after the last day; and
/// between posts, at most about once a minute, the post edited when a check-in changed the board. Pure.
/// </summary>
public static class GroupDay
{
    public static GroupTurn? Run(GroupState group, GroupContext context)
    {
        ArgumentNullException.ThrowIfNull(group);
        ArgumentNullException.ThrowIfNull(context);
        if (!group.IsRunning)
        {
            return null;
        }
        var now = context.Now;
        if (group.NextPostAt is { } due && due <= now)
        {
            return Post(group, group.Challenge!, context);
        }
        return group.RefreshAt is { } refresh && refresh <= now ? Refresh(group, group.Challenge!, context) : null;
    }

    private static GroupTurn Post(GroupState group, Challenge challenge, GroupContext context)
    {
        var now = context.Now;
        var zone = challenge.Zone;
        var today = now.InZone(zone).Date;
        var next = PostSchedule.NextAfter(challenge, now);
        var outgoing = new List<Outgoing>();
        // The board at the end of yesterday, on the group's clock: what yesterday's post and a recap show.
        var endOfYesterday = today.AtStartOfDayInZone(zone).ToInstant() - Duration.Epsilon;
        if (group.PostedOn is { } posted && posted < today)
        {
            var final = context.BoardFor(challenge, EndOf(posted, zone));
            outgoing.Add(new EditMessage(group.GroupId, new Reply(BoardText.Final(challenge, posted, final)), TargetKey: BoardText.PostKey(posted)));
        }
        if (today > challenge.EndsOn)
        {
            var sessions = context.BoardFor(challenge, endOfYesterday).ClubSessions;
            outgoing.Add(new PostMessage(group.GroupId, new Reply(BoardText.Closing(challenge, sessions)), "gclosing", challenge.ThreadId));
            return new GroupTurn(group with { Status = GroupStatus.Ended, NextPostAt = null, RefreshAt = null }, outgoing);
        }
        if (group.PausedUntil is { } until && today < until)
        {
            return new GroupTurn(group with { NextPostAt = next, PostedOn = null, RefreshAt = null }, outgoing);
        }
        if (today.DayOfWeek == IsoDayOfWeek.Monday && today > challenge.StartsOn)
        {
            var week = context.BoardFor(challenge, endOfYesterday);
            var key = BoardText.RecapKey(today);
            outgoing.Add(new PostMessage(group.GroupId, new Reply(BoardText.Recap(challenge, week)), key, challenge.ThreadId));
            if (group.MayPin)
            {
                outgoing.Add(new PinMessage(group.GroupId, key));
            }
        }
        var board = context.BoardFor(challenge, now);
        var text = BoardText.Post(challenge, today, board);
        outgoing.Add(new PostMessage(group.GroupId, Reply.WithButtons(text, BoardText.PostButtons), BoardText.PostKey(today), challenge.ThreadId));
        return new GroupTurn(group with { NextPostAt = next, PostedOn = today, ShownBoard = text, RefreshAt = null, LastPostChangeAt = now }, outgoing);
    }

    /// <summary>Edits today's post when the board it shows has changed; an unchanged board sends nothing.</summary>
    private static GroupTurn Refresh(GroupState group, Challenge challenge, GroupContext context)
    {
        if (group.PostedOn is not { } posted)
        {
            return new GroupTurn(group with { RefreshAt = null }, []);
        }
        var text = BoardText.Post(challenge, posted, context.BoardFor(challenge, context.Now));
        if (text == group.ShownBoard)
        {
            return new GroupTurn(group with { RefreshAt = null }, []);
        }
        var edit = new EditMessage(group.GroupId, Reply.WithButtons(text, BoardText.PostButtons), TargetKey: BoardText.PostKey(posted));
        return new GroupTurn(group with { ShownBoard = text, RefreshAt = null, LastPostChangeAt = context.Now }, [edit]);
    }

    private static Instant EndOf(LocalDate date, DateTimeZone zone) => date.PlusDays(1).AtStartOfDayInZone(zone).ToInstant() - Duration.Epsilon;
}
