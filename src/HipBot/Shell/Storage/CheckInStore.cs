using HipBot.Core.Chats;
using HipBot.Core.CheckIns;
using HipBot.Core.Privacy;
using HipBot.Core.Training;
using Microsoft.Data.Sqlite;
using NodaTime;

namespace HipBot.Shell.Storage;

/// <summary>What users logged: one row per exercise per check-in, read and written inside a turn's transaction.</summary>
public sealed class CheckInStore
{
    private const string Columns = "local_date, batch, exercise, sets, reps_per_side, is_full, skipped";

    /// <summary>
    /// A chat's days (or a board's, member by member) as sums by exercise and reps per set, kept by triggers in
    /// <c>check_in_sums</c> (migration 11): the sets added up, the latest batch, whether any was done in full. A day is read
    /// for exactly these (sets, reps, done in full, whether work followed the last skip), so a day of two hundred
    /// check-ins costs a turn a row per exercise. The date comes as a day number, read without parsing text.
    /// </summary>
    private static string DaySums(string? member, string from, string where) => $"""
        SELECT {(member is null ? "" : member + ", ")}{SqlTypes.DayNumberOf("s.local_date")}, s.batch, NULLIF(s.exercise, 0),
               s.sets, s.reps_per_side, s.is_full, s.skipped
        FROM {from}
        WHERE {where} AND s.local_date >= @since
        ORDER BY {(member is null ? "" : member + ", ")}s.local_date, s.first_id
        """;

    private static readonly string LogbookSql = DaySums(null, "check_in_sums s", "s.chat_id = @chatId");

    private static readonly string BoardSql = DaySums(
        "s.chat_id", "check_in_sums s JOIN group_members m ON m.chat_id = s.chat_id", "m.group_id = @groupId AND m.left_at IS NULL");

    /// <summary>The chat's check-ins from <paramref name="since"/> on, by local date: a <see cref="Logbook"/> once the turn knows which days it was given.</summary>
    public Task<IReadOnlyDictionary<LocalDate, DayLog>> DaysSinceAsync(SqliteConnection connection, SqliteTransaction transaction, long chatId, LocalDate since) =>
        connection.ReadPreparedAsync<IReadOnlyDictionary<LocalDate, DayLog>>(LogbookSql, new { chatId, since }, transaction, reader =>
        {
            var days = new Dictionary<LocalDate, DayLog>();
            var more = reader.Read();
            while (more)
            {
                more = ReadDay(reader, first: 0, days);
            }
            return days;
        });

    /// <summary>The check-ins from <paramref name="since"/> on of everyone on a group's board, by member: one query for the whole board.</summary>
    public Task<IReadOnlyDictionary<long, Logbook>> BoardLogbooksSinceAsync(SqliteConnection connection, SqliteTransaction transaction, long groupId, LocalDate since) =>
        connection.ReadPreparedAsync<IReadOnlyDictionary<long, Logbook>>(BoardSql, new { groupId, since }, transaction, reader =>
        {
            var members = new Dictionary<long, Logbook>();
            var more = reader.Read();
            while (more)
            {
                var member = reader.GetInt64(0);
                var days = new Dictionary<LocalDate, DayLog>();
                while (more && reader.GetInt64(0) == member)
                {
                    more = ReadDay(reader, first: 1, days);
                }
                members[member] = new Logbook(days);
            }
            return members;
        });

    /// <summary>Reads the rows of one day (the reader is on its first) into <paramref name="days"/>; false once the reader is done.</summary>
    private static bool ReadDay(SqliteDataReader reader, int first, Dictionary<LocalDate, DayLog> days)
    {
        var dayNumber = reader.GetInt32(first);
        var member = first > 0 ? reader.GetInt64(0) : 0;
        var day = new DayFold(SqlTypes.FromDayNumber(dayNumber));
        bool more;
        do
        {
            var batch = reader.GetInt64(first + 1);
            if (reader.GetInt64(first + 6) != 0)
            {
                day.Skip(batch);
            }
            else
            {
                day.Work(batch, reader.IsDBNull(first + 2) ? null : new ExerciseLog(
                    (Exercise)reader.GetInt32(first + 2), reader.GetInt32(first + 3), reader.GetInt32(first + 4), reader.GetInt64(first + 5) != 0));
            }
            more = reader.Read();
        }
        while (more && reader.GetInt32(first) == dayNumber && (first == 0 || reader.GetInt64(0) == member));
        days[day.Date] = day.Log;
        return more;
    }

    /// <summary>The last local date anything (not a skip) was logged, however long ago.</summary>
    public Task<LocalDate?> LastWorkDateAsync(SqliteConnection connection, SqliteTransaction transaction, long chatId) =>
        // Newest first down the (chat_id, local_date) index, stopping at the first that is not a skip: MAX() with the
        // skip filter summed up the user's every check-in.
        connection.ExecuteScalarPreparedAsync<LocalDate?>(
            "SELECT local_date FROM check_ins WHERE chat_id = @chatId AND skipped = 0 ORDER BY local_date DESC LIMIT 1", new { chatId }, transaction);

    /// <summary>
    /// How many days before the newest day any check-in names the latest check-in's day can be: it named a day at most
    /// <see cref="DayOffset.MaxDaysBack"/> before its own local today, no check-in before it named a day after its own, and a
    /// change of zone moves the local date by two days at most; the rest is slack for a clock set back.
    /// </summary>
    internal const int LatestReach = DayOffset.MaxDaysBack + 7;

    internal static readonly string LatestSql = $"""
        SELECT {Columns} FROM check_ins
        WHERE chat_id = @chatId
          AND local_date >= (SELECT date(MAX(local_date), '-{LatestReach} days') FROM check_ins WHERE chat_id = @chatId)
        ORDER BY id DESC LIMIT 1
        """;

    internal const string RemoveSql = "DELETE FROM check_ins WHERE chat_id = @chatId AND local_date = @date AND batch = @batch";

    /// <summary>
    /// The latest check-in, apart from the rest of its day, for /undo. It is the newest row among the chat's last
    /// <see cref="LatestReach"/> days of check-ins, found in the (chat, date) index: the newest by id across the whole
    /// history would take a second index that every check-in writes to (migration 14) or a scan of the history.
    /// </summary>
    public async Task<LatestCheckIn?> LatestAsync(SqliteConnection connection, SqliteTransaction transaction, long chatId)
    {
        var latest = await connection.QueryFirstOrDefaultPreparedAsync<Row>(LatestSql, new { chatId }, transaction);
        if (latest is null)
        {
            return null;
        }
        var day = (await connection.QueryPreparedAsync<Row>(
            $"SELECT {Columns} FROM check_ins WHERE chat_id = @chatId AND local_date = @LocalDate ORDER BY id",
            new { chatId, latest.LocalDate }, transaction)).ToList();
        return new LatestCheckIn(
            latest.Batch,
            ToLog(latest.LocalDate, [.. day.Where(r => r.Batch == latest.Batch)]),
            ToLog(latest.LocalDate, [.. day.Where(r => r.Batch != latest.Batch)]));
    }

    /// <summary>Every check-in of the chat, row by row in the order they were stored: what /export writes out.</summary>
    public async Task<IReadOnlyList<StoredCheckIn>> AllAsync(SqliteConnection connection, SqliteTransaction transaction, long chatId)
    {
        var rows = await connection.QueryPreparedAsync<RecordRow>(
            "SELECT local_date, exercise, sets, reps_per_side, side, skipped, created_at, source FROM check_ins WHERE chat_id = @chatId ORDER BY id",
            new { chatId }, transaction);
        return [.. rows.Select(r => new StoredCheckIn(
            r.LocalDate, r.Skipped ? null : (Exercise?)r.Exercise, (int)r.Sets, (int)r.RepsPerSide, SideWords.Read(r.Side), r.Skipped, r.CreatedAt, SourceWords.Read(r.Source)))];
    }

    /// <summary>Adds one check-in; <paramref name="batch"/> (the update id) ties its rows together for /undo.</summary>
    public async Task AddAsync(SqliteConnection connection, SqliteTransaction transaction, long chatId, long batch, SaveCheckIn save, Instant now)
    {
        var source = SourceWords.Write(save.Source);
        if (save.Skipped)
        {
            await connection.ExecutePreparedAsync(
                "INSERT INTO check_ins (chat_id, local_date, batch, skipped, created_at, source) VALUES (@chatId, @Date, @batch, 1, @now, @source)",
                new { chatId, save.Date, batch, now, source }, transaction);
        }
        await connection.ExecutePreparedAsync(
            """
            INSERT INTO check_ins (chat_id, local_date, batch, exercise, sets, reps_per_side, is_full, created_at, side, source)
            VALUES (@chatId, @Date, @batch, @Exercise, @Sets, @RepsPerSide, @IsFull, @now, @Side, @source)
            """,
            save.Entries.Select(e => new
            {
                chatId, save.Date, batch, Exercise = (int)e.Exercise, e.Sets, e.RepsPerSide, e.IsFull, now, Side = SideWords.Write(e.Side), source,
            }),
            transaction);
    }

    /// <summary>Takes back the check-in of <paramref name="batch"/>, which logged <paramref name="date"/>: found by its day in the (chat, date) index.</summary>
    public Task RemoveAsync(SqliteConnection connection, SqliteTransaction transaction, long chatId, LocalDate date, long batch) =>
        connection.ExecutePreparedAsync(RemoveSql, new { chatId, date, batch }, transaction);

    private static DayLog ToLog(LocalDate date, IReadOnlyList<Row> rows)
    {
        var day = new DayFold(date);
        foreach (var row in rows)
        {
            if (row.Skipped)
            {
                day.Skip(row.Batch);
            }
            else
            {
                day.Work(row.Batch, row.Exercise is { } exercise ? new ExerciseLog((Exercise)exercise, (int)row.Sets, (int)row.RepsPerSide, row.IsFull) : null);
            }
        }
        return day.Log;
    }

    /// <summary>One day's rows, folded into its log as they are read. Work logged after a skip clears it: the user changed their mind and trained after all.</summary>
    private sealed class DayFold(LocalDate date)
    {
        private readonly List<ExerciseLog> entries = [];
        private long lastSkip = long.MinValue;
        private long lastWork = long.MinValue;

        public LocalDate Date => date;

        public DayLog Log => new(date) { Entries = entries, Skipped = lastSkip > lastWork };

        public void Skip(long batch) => lastSkip = Math.Max(lastSkip, batch);

        public void Work(long batch, ExerciseLog? entry)
        {
            lastWork = Math.Max(lastWork, batch);
            if (entry is not null)
            {
                entries.Add(entry);
            }
        }
    }

    /// <summary>The words the side and source columns hold (their CHECK constraints list the same).</summary>
    private static readonly StoredWords<Side> SideWords = new((Side.Both, "both"), (Side.Left, "left"), (Side.Right, "right"));

    private static readonly StoredWords<CheckInSource> SourceWords =
        new((CheckInSource.Text, "text"), (CheckInSource.Button, "button"), (CheckInSource.Backfill, "backfill"));

    private sealed class RecordRow
    {
        public LocalDate LocalDate { get; init; }
        public long? Exercise { get; init; }
        public long Sets { get; init; }
        public long RepsPerSide { get; init; }
        public string Side { get; init; } = "";
        public bool Skipped { get; init; }
        public Instant CreatedAt { get; init; }
        public string Source { get; init; } = "";
    }

    private sealed class Row
    {
        public LocalDate LocalDate { get; init; }
        public long Batch { get; init; }
        public long? Exercise { get; init; }
        public long Sets { get; init; }
        public long RepsPerSide { get; init; }
        public bool IsFull { get; init; }
        public bool Skipped { get; init; }
    }
}
