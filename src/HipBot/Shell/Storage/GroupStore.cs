using Dapper;
using HipBot.Core.Groups;
using Microsoft.Data.Sqlite;
using NodaTime;

namespace HipBot.Shell.Storage;

/// <summary>Group challenges: the groups, who is on their boards, and the setup links; read and written inside a group turn's transaction.</summary>
public sealed class GroupStore(Database database, CheckInStore checkIns)
{
    /// <summary>How far back a board reads members' check-ins: this week and last (a Monday recap, a finalized Sunday post).</summary>
    public const int BoardDays = 15;

    private static readonly string SaveSql = """
        INSERT INTO groups (group_id, title, status, challenge, draft, admin_chat_id, next_post_at, posted_on, shown_board, refresh_at,
                            last_post_change, paused_until, may_pin, created_at, updated_at)
        VALUES (@GroupId, @Title, @Status, @Challenge, @Draft, @AdminChatId, @NextPostAt, @PostedOn, @ShownBoard, @RefreshAt,
                @LastPostChange, @PausedUntil, @MayPin, @Now, @Now)
        ON CONFLICT (group_id) DO UPDATE SET
            title = excluded.title, status = excluded.status, challenge = excluded.challenge, draft = excluded.draft,
            admin_chat_id = excluded.admin_chat_id, next_post_at = excluded.next_post_at, posted_on = excluded.posted_on,
            shown_board = excluded.shown_board, refresh_at = excluded.refresh_at, last_post_change = excluded.last_post_change,
            paused_until = excluded.paused_until, may_pin = excluded.may_pin, updated_at = excluded.updated_at
        """;

    public async Task<GroupState?> FindAsync(SqliteConnection connection, SqliteTransaction transaction, long groupId) =>
        (await connection.QueryFirstOrDefaultPreparedAsync<GroupRow>("SELECT * FROM groups WHERE group_id = @groupId", new { groupId }, transaction))?.ToState();

    public Task SaveAsync(SqliteConnection connection, SqliteTransaction transaction, GroupState state, Instant now) =>
        connection.ExecutePreparedAsync(SaveSql, GroupRow.From(state), "Now", now, transaction);

    /// <summary>Everyone who ever joined the group's board, with their private chats and recent check-ins when <paramref name="needs"/> asks for the board.</summary>
    public async Task<IReadOnlyList<MemberRecord>> MembersAsync(
        SqliteConnection connection, SqliteTransaction transaction, long groupId, GroupNeeds needs, Instant now)
    {
        var members = (await connection.QueryPreparedAsync<MemberRow>(
            "SELECT chat_id AS UserId, first_name AS FirstName, joined_at AS JoinedAt, left_at AS LeftAt FROM group_members WHERE group_id = @groupId",
            new { groupId }, transaction)).ToList();
        if (!needs.HasFlag(GroupNeeds.Board))
        {
            return [.. members.Select(m => new MemberRecord(m.ToMember(), null, Core.CheckIns.Logbook.Empty))];
        }
        var states = (await connection.QueryPreparedAsync<ChatRow>(
            "SELECT c.* FROM chats c JOIN group_members m ON m.chat_id = c.chat_id WHERE m.group_id = @groupId AND m.left_at IS NULL",
            new { groupId }, transaction)).ToDictionary(r => r.ChatId, r => r.ToState());
        var logs = await checkIns.BoardLogbooksSinceAsync(connection, transaction, groupId, now.InUtc().Date.PlusDays(-BoardDays));
        return [.. members.Select(m => new MemberRecord(m.ToMember(), states.GetValueOrDefault(m.UserId),
            logs.GetValueOrDefault(m.UserId) ?? Core.CheckIns.Logbook.Empty))];
    }

    public async Task<SetupLink?> FindLinkAsync(SqliteConnection connection, SqliteTransaction transaction, string payload) =>
        (await connection.QueryFirstOrDefaultPreparedAsync<LinkRow>(
            "SELECT payload AS Payload, group_id AS GroupId, chat_id AS AdminChatId, thread_id AS ThreadId, expires_at AS ExpiresAt, used AS Used FROM group_setup_links WHERE payload = @payload",
            new { payload }, transaction))?.ToLink();

    /// <summary>The group a setup payload belongs to, read before its turn so the turn can load that group; null for none.</summary>
    public async Task<long?> GroupOfLinkAsync(string payload, CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        return await connection.ExecuteScalarAsync<long?>("SELECT group_id FROM group_setup_links WHERE payload = @payload", new { payload });
    }

    /// <summary>A group id moves with its challenge: the row, and through ON UPDATE CASCADE its members and links.</summary>
    public async Task MoveAsync(SqliteConnection connection, SqliteTransaction transaction, long from, long to)
    {
        // The supergroup may have a row already (its "bot added" update handled before the move): an empty one gives way.
        await connection.ExecutePreparedAsync(
            "DELETE FROM groups WHERE group_id = @to AND challenge IS NULL AND status = 'awaiting_setup'", new { to }, transaction);
        await connection.ExecutePreparedAsync("UPDATE groups SET group_id = @to WHERE group_id = @from", new { from, to }, transaction);
        // What waited for the old chat was about messages there (edits, today's post): the turn posts anew in the new one.
        await connection.ExecutePreparedAsync(
            "UPDATE outbox SET status = 'dropped', last_error = 'the group moved to a supergroup' WHERE chat_id = @from AND status = 'pending'",
            new { from }, transaction);
    }

    public async Task ApplyAsync(SqliteConnection connection, SqliteTransaction transaction, long groupId, IEnumerable<GroupEffect> effects)
    {
        foreach (var effect in effects)
        {
            switch (effect)
            {
                case JoinBoard join:
                    await connection.ExecutePreparedAsync(
                        """
                        INSERT INTO group_members (group_id, chat_id, first_name, joined_at, left_at) VALUES (@groupId, @UserId, @FirstName, @At, NULL)
                        ON CONFLICT (group_id, chat_id) DO UPDATE SET first_name = excluded.first_name, joined_at = excluded.joined_at, left_at = NULL
                        """,
                        new { groupId, join.UserId, join.FirstName, join.At }, transaction);
                    break;
                case LeaveBoard leave:
                    await connection.ExecutePreparedAsync(
                        "UPDATE group_members SET left_at = @At WHERE group_id = @groupId AND chat_id = @UserId AND left_at IS NULL",
                        new { groupId, leave.UserId, leave.At }, transaction);
                    break;
                case IssueSetupLink issue:
                    var link = issue.Link;
                    await connection.ExecutePreparedAsync(
                        "INSERT INTO group_setup_links (payload, group_id, chat_id, thread_id, expires_at, used) VALUES (@Payload, @GroupId, @AdminUserId, @ThreadId, @ExpiresAt, 0)",
                        new { link.Payload, link.GroupId, link.AdminUserId, link.ThreadId, link.ExpiresAt }, transaction);
                    break;
                case UseSetupLink use:
                    await connection.ExecutePreparedAsync("UPDATE group_setup_links SET used = 1 WHERE payload = @Payload", new { use.Payload }, transaction);
                    break;
                case ForgetQueuedPosts:
                    await connection.ExecutePreparedAsync(
                        "UPDATE outbox SET status = 'dropped', last_error = 'the bot is no longer in the group' WHERE chat_id = @groupId AND status = 'pending'",
                        new { groupId }, transaction);
                    break;
                case MoveGroup:
                    // Applied before the state is saved (see TurnPipeline.RunGroupAsync).
                    break;
                default:
                    throw new ArgumentOutOfRangeException(nameof(effects), effect.GetType().Name, "A group effect this store cannot save.");
            }
        }
    }

    /// <summary>Groups whose daily post is due or whose post may need an edit.</summary>
    public Task<IReadOnlyList<long>> DueAsync(Instant now, int limit, CancellationToken cancellationToken) =>
        database.ReadAsync(
            connection => DueIds.ReadAsync(connection,
                "SELECT group_id FROM groups WHERE next_post_at <= @now LIMIT @limit",
                "SELECT group_id FROM groups WHERE refresh_at <= @now LIMIT @limit", now, limit),
            cancellationToken);

    /// <summary>The groups whose challenge this user set up: where /roster in a private chat looks.</summary>
    public async Task<IReadOnlyList<long>> AdministeredByAsync(long chatId, CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        return [.. await connection.QueryAsync<long>("SELECT group_id FROM groups WHERE admin_chat_id = @chatId ORDER BY group_id", new { chatId })];
    }

    private sealed class MemberRow
    {
        public long UserId { get; init; }
        public string FirstName { get; init; } = "";
        public Instant JoinedAt { get; init; }
        public Instant? LeftAt { get; init; }

        public GroupMember ToMember() => new(UserId, FirstName, JoinedAt, LeftAt);
    }

    private sealed class LinkRow
    {
        public string Payload { get; init; } = "";
        public long GroupId { get; init; }
        public long? AdminChatId { get; init; }
        public long? ThreadId { get; init; }
        public Instant ExpiresAt { get; init; }
        public bool Used { get; init; }

        public SetupLink ToLink() => new(Payload, GroupId, AdminChatId, (int?)ThreadId, ExpiresAt, Used);
    }
}
