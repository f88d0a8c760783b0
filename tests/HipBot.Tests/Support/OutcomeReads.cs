using HipBot.Core.Streaks;
using HipBot.Shell.Storage;
using Microsoft.Data.Sqlite;
using NodaTime;

namespace HipBot.Tests.Support;

/// <summary>The earlier days as a turn reads them, with its window from <paramref name="before"/> on: the tests of the kept run ask only for them.</summary>
internal static class OutcomeReads
{
    public static async Task<EarlierDays> EarlierAsync(this OutcomeStore store, SqliteConnection connection, SqliteTransaction transaction, long chatId, LocalDate before) =>
        (await store.RecentAsync(connection, transaction, chatId, before)).Earlier;
}
