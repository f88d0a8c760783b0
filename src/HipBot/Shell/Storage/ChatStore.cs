using HipBot.Core.Chats;
using HipBot.Core.Training;
using Microsoft.Data.Sqlite;
using NodaTime;

namespace HipBot.Shell.Storage;

/// <summary>A chat as stored: its state, and the running totals triggers keep beside it (migration 7).</summary>
/// <param name="TotalReps">All reps per side ever logged, per exercise.</param>
public sealed record StoredChat(ChatState State, IReadOnlyDictionary<Exercise, int> TotalReps);

/// <summary>Loads and saves <see cref="ChatState"/> rows inside the caller's transaction.</summary>
public sealed class ChatStore
{
    // The running totals are read, never written, here: the triggers on check_ins keep them, so they are not ChatRow's.
    private static readonly string FindSql = $"""
        SELECT {string.Join(", ", ChatRow.Columns.Select(c => c.Column))}, reps_clamshell, reps_side_leg_raise, reps_traveling_side_squat
        FROM chats WHERE chat_id = @chatId
        """;

    // One upsert built from ChatRow's columns, so adding a column is one property, not three lists.
    private static readonly string SaveSql = $"""
        INSERT INTO chats ({string.Join(", ", ChatRow.Columns.Select(c => c.Column))}, created_at, updated_at)
        VALUES ({string.Join(", ", ChatRow.Columns.Select(c => "@" + c.Property))}, @Now, @Now)
        ON CONFLICT (chat_id) DO UPDATE SET
            {string.Join(", ", ChatRow.Columns.Where(c => c.Column != "chat_id").Select(c => $"{c.Column} = excluded.{c.Column}"))},
            updated_at = excluded.updated_at
        """;

    public Task<StoredChat?> FindAsync(SqliteConnection connection, SqliteTransaction transaction, long chatId) =>
        connection.ReadPreparedAsync(FindSql, new { chatId }, transaction, reader =>
        {
            if (!reader.Read())
            {
                return null;
            }
            var totals = ChatRow.Columns.Count;
            return new StoredChat(ChatRow.Read(reader).ToState(), new Dictionary<Exercise, int>
            {
                [Exercise.Clamshell] = reader.GetInt32(totals),
                [Exercise.SideLegRaise] = reader.GetInt32(totals + 1),
                [Exercise.TravelingSideSquat] = reader.GetInt32(totals + 2),
            });
        });

    public Task SaveAsync(SqliteConnection connection, SqliteTransaction transaction, ChatState state, Instant now) =>
        connection.ExecutePreparedAsync(SaveSql, ChatRow.From(state), "Now", now, transaction);
}
