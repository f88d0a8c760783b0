using HipBot.Core.Buttons;
using HipBot.Core.Chats;
using HipBot.Shell.Hosting;
using HipBot.Shell.Logging;
using HipBot.Shell.Storage;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Logging;
using NodaTime;

namespace HipBot.Shell.Turns;

/// <summary>
/// The one way a turn happens, whoever starts it (an update, the scheduler): load the chat and the context its turn
/// needs, let the pure core decide, then commit the new state, the records, the messages and the inbox mark in one
/// transaction. A crash before the commit leaves nothing half done; the update or the due plan is simply tried again.
/// </summary>
public sealed partial class TurnPipeline(
    Database database,
    ChatStore chats,
    TurnStore records,
    OutboxStore outboxRows,
    InboxStore inbox,
    GroupStore groups,
    TimeProvider clock,
    OutboxDoorbell outbox,
    ILogger<TurnPipeline> logger)
{
    /// <summary>Runs one turn for <paramref name="chatId"/>; returns the turn committed (null when nothing changed) and how many messages it queued.</summary>
    /// <param name="decide">The core's step: the stored chat (null when HipBot has never seen it) and its context in; null when nothing changes.</param>
    /// <param name="updateId">The update this turn answers, marked handled in the same transaction; null for the scheduler.</param>
    public async Task<Committed> RunAsync(
        long chatId, ContextNeeds needs, Func<ChatState?, ChatContext, Turn?> decide, long? updateId, CancellationToken cancellationToken)
    {
        var committed = await database.InTransactionAsync(async (connection, transaction) =>
        {
            var now = Instant.FromDateTimeOffset(clock.GetUtcNow());
            var stored = await chats.FindAsync(connection, transaction, chatId);
            var messages = 0;
            // Whatever the core sent with buttons stays on offer, so typing a label works like a tap.
            var turn = await DecideAsync(connection, transaction, stored, now, needs, decide) is { } decided ? TypedButtons.Remember(decided) : null;
            if (turn is not null)
            {
                await chats.SaveAsync(connection, transaction, turn.State, now);
                var claimed = await records.ApplyAsync(connection, transaction, chatId, updateId ?? 0, turn.Effects, now);
                if (claimed)
                {
                    messages = await outboxRows.AddAsync(connection, transaction, turn.Out, now.ToUnixTimeMilliseconds());
                }
                else
                {
                    PlanAlreadyClaimed(logger, chatId, turn.PlanDate);
                }
            }
            if (updateId is { } id)
            {
                await inbox.MarkDoneAsync(connection, transaction, id);
            }
            return new Committed(turn, messages);
        }, cancellationToken);
        if (committed.Queued > 0)
        {
            outbox.Ring();
        }
        return committed;
    }

    /// <summary>
    /// Loads what <paramref name="needs"/> names and lets the core decide; a turn that reached for more
    /// (<see cref="MissingContext"/>: a backfill reads the day it names, a correction the closed days, the day a session
    /// completes the level-up rule's weeks) is decided again with it, as often as it asks for something new. The core is
    /// pure, so the last run is the turn a full load would have given.
    /// </summary>
    private async Task<T?> DecideAsync<T>(SqliteConnection connection, SqliteTransaction transaction, StoredChat? stored, Instant now,
        ContextNeeds needs, Func<ChatContext, T?> decide)
        where T : class
    {
        while (true)
        {
            var context = await records.LoadContextAsync(connection, transaction, stored, now, needs);
            try
            {
                return decide(context);
            }
            catch (MissingContext missing) when (!needs.HasFlag(missing.Needs))
            {
                // Each run adds a need it lacked, so there are at most as many runs as needs.
                needs |= missing.Needs;
            }
        }
    }

    private Task<Turn?> DecideAsync(SqliteConnection connection, SqliteTransaction transaction, StoredChat? stored, Instant now,
        ContextNeeds needs, Func<ChatState?, ChatContext, Turn?> decide) =>
        DecideAsync(connection, transaction, stored, now, needs, context => decide(stored?.State, context));

    /// <summary>An update that needs no turn (a group message, an edit): only marked handled.</summary>
    public Task MarkHandledAsync(long updateId, CancellationToken cancellationToken) =>
        database.InTransactionAsync((connection, transaction) => inbox.MarkDoneAsync(connection, transaction, updateId), cancellationToken);

    [LoggerMessage(EventId = LogEvents.PlanAlreadyClaimed, Level = LogLevel.Warning, Message = "Chat {ChatId} already had its plan for {Date}; not sending it again")]
    private static partial void PlanAlreadyClaimed(ILogger logger, long chatId, LocalDate? date);
}

/// <summary>What a turn left behind: the turn itself (null when the core had nothing to do) and how many messages it queued.</summary>
public sealed record Committed(Turn? Turn, int Queued);
