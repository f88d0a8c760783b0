using HipBot.Core.Buttons;
using HipBot.Core.Messages;

namespace HipBot.Core.Groups;

/// <summary>What Telegram does to the group and the bot in it: added, removed, members leaving, the group moving, a topic closing.</summary>
public static class GroupMembership
{
    /// <summary>
    /// Added to a group: one short card with a button for admins. Added back after a removal: the challenge carries on and
    /// its admin is told. Only rights changed: the bot remembers whether it may pin.
    /// </summary>
    public static GroupTurn BotJoined(GroupState? stored, long groupId, BotJoined joined, GroupContext context)
    {
        var group = (stored ?? GroupState.New(groupId, joined.Title)) with { Title = joined.Title, MayPin = joined.MayPin };
        if (stored is { Status: GroupStatus.Suspended })
        {
            var running = group.Challenge is { } challenge;
            var resumed = group with
            {
                Status = running ? GroupStatus.Active : GroupStatus.AwaitingSetup,
                NextPostAt = group.Challenge is { } c ? PostSchedule.First(c, context.Now) : null,
                // Yesterday's post may be gone with the old membership: today's goes out anew.
                PostedOn = null,
            };
            var told = running && group.AdminUserId is { } admin ? new Outgoing[] { new SendMessage(admin, new Reply(GroupTexts.Resumed(group.Title))) } : [];
            return new GroupTurn(resumed, running ? told : [Card(resumed)]);
        }
        if (stored is not null && stored.Status != GroupStatus.Ended)
        {
            // Already here: a change of rights, or the same news twice.
            return new GroupTurn(group, []);
        }
        return new GroupTurn(group with { Status = GroupStatus.AwaitingSetup }, [Card(group)]);
    }

    /// <summary>Removed or kicked: the challenge waits (no posts), and the admin who set it up is told privately.</summary>
    public static GroupTurn? BotRemoved(GroupState? stored, GroupContext context)
    {
        if (stored is null || stored.Status == GroupStatus.Suspended)
        {
            return null;
        }
        var told = stored.IsRunning && stored.AdminUserId is { } admin
            ? new Outgoing[] { new SendMessage(admin, new Reply(GroupTexts.Suspended(stored.Title))) }
            : [];
        return new GroupTurn(stored with { Status = GroupStatus.Suspended, NextPostAt = null, RefreshAt = null, MayPin = false }, told)
        {
            Effects = [new ForgetQueuedPosts()],
        };
    }

    /// <summary>A member left the group: off the board, quietly; their private record is theirs.</summary>
    public static GroupTurn? MemberLeft(GroupState? stored, long userId, GroupContext context) =>
        stored is not null && context.MemberOf(userId) is { OnBoard: true }
            ? new GroupTurn(stored with { RefreshAt = stored.IsRunning ? PostSchedule.RefreshAt(stored, context.Now) : null }, [])
            {
                Effects = [new LeaveBoard(userId, context.Now)],
            }
            : null;

    /// <summary>
    /// The group became a supergroup: everything moves to the new id, and today's post goes out anew there, since the old
    /// message stays in the old chat and cannot be edited any more.
    /// </summary>
    public static GroupTurn? Migrated(GroupState? stored, long newGroupId, GroupContext context)
    {
        if (stored is null || stored.GroupId == newGroupId)
        {
            return null;
        }
        var moved = stored with { GroupId = newGroupId };
        var outgoing = new List<Outgoing>();
        if (moved.IsRunning && moved.PostedOn is { } posted && moved.Challenge is { } challenge)
        {
            var text = BoardText.Post(challenge, posted, context.BoardFor(challenge, context.Now));
            outgoing.Add(new PostMessage(newGroupId, Reply.WithButtons(text, BoardText.PostButtons), BoardText.PostKey(posted), challenge.ThreadId));
            moved = moved with { ShownBoard = text, LastPostChangeAt = context.Now, RefreshAt = null };
        }
        return new GroupTurn(moved, outgoing) { Effects = [new MoveGroup(newGroupId)] };
    }

    /// <summary>The challenge's topic is closed or gone: posts go to the General topic, and the admin is told.</summary>
    public static GroupTurn? TopicUnavailable(GroupState? stored)
    {
        if (stored?.Challenge is not { ThreadId: not null } challenge)
        {
            return null;
        }
        var told = stored.AdminUserId is { } admin ? new Outgoing[] { new SendMessage(admin, new Reply(GroupTexts.TopicGone(stored.Title))) } : [];
        return new GroupTurn(stored with { Challenge = challenge with { ThreadId = null } }, told);
    }

    private static PostMessage Card(GroupState group) =>
        new(group.GroupId, Reply.WithButtons(GroupTexts.Card(group.Title), [CallbackData.Button(GroupTexts.SetupButton, new SetUpChallenge())]), "gcard");
}
