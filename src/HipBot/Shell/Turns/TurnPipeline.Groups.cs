using HipBot.Core.Buttons;
using HipBot.Core.Groups;
using HipBot.Shell.Storage;
using NodaTime;

namespace HipBot.Shell.Turns;

/// <summary>
/// A group's turn, through the same routine as a private chat's: load the group, its members (and the board when the
/// turn needs it) and the one private chat the turn touches, let the core decide, then commit the group, its records,
/// the member's own turn, every message and the inbox mark in one transaction.
/// </summary>
public sealed partial class TurnPipeline
{
    public async Task<GroupCommitted> RunGroupAsync(GroupTurnRequest request, Func<GroupState?, GroupContext, GroupTurn?> decide, long? updateId,
        CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        ArgumentNullException.ThrowIfNull(decide);
        var committed = await database.InTransactionAsync(async (connection, transaction) =>
        {
            var now = Instant.FromDateTimeOffset(clock.GetUtcNow());
            var group = await groups.FindAsync(connection, transaction, request.GroupId);
            var members = await groups.MembersAsync(connection, transaction, request.GroupId, request.Needs, now);
            var context = new GroupContext(now, members)
            {
                BotUsername = request.BotUsername,
                FreshPayload = request.FreshPayload,
                Link = request.LinkPayload is { } payload ? await groups.FindLinkAsync(connection, transaction, payload) : null,
            };
            GroupTurn? turn;
            if (request.MemberChatId is { } memberId)
            {
                var stored = await chats.FindAsync(connection, transaction, memberId);
                // The member's own turn may reach for more of their days, as in a private chat.
                turn = await DecideAsync(connection, transaction, stored, now, request.MemberNeeds,
                    member => decide(group, context with { Member = (stored?.State, member) }));
            }
            else
            {
                turn = decide(group, context);
            }
            var queued = 0;
            if (turn is not null)
            {
                var groupId = request.GroupId;
                foreach (var move in turn.Effects.OfType<MoveGroup>())
                {
                    await groups.MoveAsync(connection, transaction, groupId, move.NewGroupId);
                    groupId = move.NewGroupId;
                }
                if (turn.Group is { } next)
                {
                    await groups.SaveAsync(connection, transaction, next, now);
                }
                await groups.ApplyAsync(connection, transaction, groupId, turn.Effects);
                if (turn.Member is { } spoken)
                {
                    // As in a private turn: what the member was sent with buttons stays on offer to typed labels.
                    var member = TypedButtons.Remember(spoken);
                    await chats.SaveAsync(connection, transaction, member.State, now);
                    // A member's turn never claims a plan day, so its messages always go.
                    await records.ApplyAsync(connection, transaction, member.State.ChatId, updateId ?? 0, member.Effects, now);
                    queued += await outboxRows.AddAsync(connection, transaction, member.Out, now.ToUnixTimeMilliseconds());
                }
                queued += await outboxRows.AddAsync(connection, transaction, turn.Out, now.ToUnixTimeMilliseconds());
            }
            if (updateId is { } id)
            {
                await inbox.MarkDoneAsync(connection, transaction, id);
            }
            return new GroupCommitted(turn, queued);
        }, cancellationToken);
        if (committed.Queued > 0)
        {
            outbox.Ring();
        }
        return committed;
    }
}

/// <summary>What a group turn loads: the group, how much of its board, and the one private chat it touches.</summary>
/// <param name="MemberChatId">The private chat the turn touches (a member checking in, the member an admin corrects, the admin opening a link).</param>
/// <param name="FreshPayload">A random setup payload drawn for the turn, in case it issues a link.</param>
/// <param name="LinkPayload">The setup payload a /start named, to look up.</param>
public sealed record GroupTurnRequest(
    long GroupId, GroupNeeds Needs, string BotUsername, long? MemberChatId = null, Core.Chats.ContextNeeds MemberNeeds = Core.Chats.ContextNeeds.RecentHistory,
    string? FreshPayload = null, string? LinkPayload = null);

/// <summary>What a group turn left behind: the turn (null when the core had nothing to do) and how many messages it queued.</summary>
public sealed record GroupCommitted(GroupTurn? Turn, int Queued);
