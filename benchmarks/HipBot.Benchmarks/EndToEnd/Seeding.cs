using System.Globalization;
using Dapper;
using HipBot.Shell.Storage;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Logging.Abstractions;
using NodaTime;

namespace HipBot.Benchmarks.EndToEnd;

/// <summary>
/// A HipBot database as a running bot would have it: every user set up (training every day, level 4) with today's plan
/// due a minute ago, so the bot's first act is to send it, as on a real morning; optionally two years of history each.
/// </summary>
internal static class Seeding
{
    public static async Task<string> MigratedAsync(string path)
    {
        var database = new Database(Microsoft.Extensions.Options.Options.Create(new DatabaseOptions { Path = path }));
        await new Migrator(database, NullLogger<Migrator>.Instance).MigrateAsync();
        SqliteConnection.ClearAllPools();
        return path;
    }

    /// <summary>A fixed-offset zone in which it is the middle of the day now, so today's plan is due and not late.</summary>
    public static DateTimeZone MiddayZone(Instant now)
    {
        var hour = now.InUtc().Hour;
        for (var offset = -12; offset <= 14; offset++)
        {
            var local = (hour + offset + 48) % 24;
            if (local is >= 9 and <= 15)
            {
                // Etc/GMT ids have the sign inverted: Etc/GMT-5 is UTC+5.
                return DateTimeZoneProviders.Tzdb[offset == 0 ? "Etc/UTC" : string.Create(CultureInfo.InvariantCulture, $"Etc/GMT{(offset > 0 ? "-" : "+")}{Math.Abs(offset)}")];
            }
        }
        throw new InvalidOperationException("No zone has midday now.");
    }

    /// <param name="dueAt">When each chat's plan is due; null: due a minute ago.</param>
    /// <param name="historyDays">Days of history before today: a full session, a done outcome and a plan each.</param>
    /// <param name="reminder">Everyone's reminder time; null: a minute ago.</param>
    public static async Task ChatsAsync(
        string path, IReadOnlyList<long> chatIds, DateTimeZone zone, Instant now, int historyDays, Func<int, Instant>? dueAt = null, LocalTime? reminder = null)
    {
        await using var connection = new SqliteConnection(new SqliteConnectionStringBuilder { DataSource = path, Pooling = false }.ToString());
        await connection.OpenAsync();
        var local = now.InZone(zone);
        var today = local.Date;
        var reminderTime = reminder ?? local.TimeOfDay.Minus(Period.FromMinutes(1));
        var nowMs = now.ToUnixTimeMilliseconds();
        await using (var transaction = connection.BeginTransaction())
        {
            var rows = chatIds.Select((chatId, i) => new
            {
                ChatId = chatId,
                FirstName = string.Create(CultureInfo.InvariantCulture, $"U{i}"),
                TimeZone = zone.Id,
                ReminderTime = reminderTime.ToString("HH:mm", CultureInfo.InvariantCulture),
                NextPlanAt = (dueAt?.Invoke(i) ?? now - Duration.FromMinutes(1)).ToUnixTimeMilliseconds(),
                LastClosed = Iso(today.PlusDays(-1)),
                LevelSince = Iso(today.PlusDays(-Math.Max(historyDays, 30))),
                Streak = historyDays,
                Now = nowMs,
                LastInput = nowMs - 86_400_000,
            });
            await connection.ExecuteAsync(
                """
                INSERT INTO chats (chat_id, first_name, status, time_zone, reminder_time, training_days, has_band, level, dialogue,
                                   next_plan_at, level_since, current_streak, best_streak, last_closed_date, last_user_input_at, created_at, updated_at)
                VALUES (@ChatId, @FirstName, 'active', @TimeZone, @ReminderTime, 127, 0, 4, '{}',
                        @NextPlanAt, @LevelSince, @Streak, @Streak, @LastClosed, @LastInput, @Now, @Now)
                """, rows, transaction);
            await transaction.CommitAsync();
        }
        if (historyDays == 0)
        {
            return;
        }
        // Generated in SQL, a chat at a time: a million rows through parameters would take minutes.
        await using (var transaction = connection.BeginTransaction())
        {
            var batch = 1L;
            foreach (var chatId in chatIds)
            {
                var args = new { chatId, today = Iso(today), historyDays, nowMs, batch };
                await connection.ExecuteAsync(
                    """
                    WITH RECURSIVE d(n) AS (SELECT 1 UNION ALL SELECT n + 1 FROM d WHERE n < @historyDays)
                    INSERT INTO check_ins (chat_id, local_date, batch, exercise, sets, reps_per_side, is_full, skipped, created_at, side, source)
                    SELECT @chatId, date(@today, '-' || n || ' days'), @batch + n, e.x, 3, 20, 1, 0, @nowMs - n * 86400000, 'both', 'text'
                    FROM d, (SELECT 1 AS x UNION ALL SELECT 2 UNION ALL SELECT 3) AS e;
                    WITH RECURSIVE d(n) AS (SELECT 1 UNION ALL SELECT n + 1 FROM d WHERE n < @historyDays)
                    INSERT INTO day_outcomes (chat_id, local_date, outcome, closed_at)
                    SELECT @chatId, date(@today, '-' || n || ' days'), 'done', @nowMs - n * 86400000 FROM d;
                    WITH RECURSIVE d(n) AS (SELECT 1 UNION ALL SELECT n + 1 FROM d WHERE n < @historyDays)
                    INSERT INTO plans (chat_id, local_date, level, sent_at)
                    SELECT @chatId, date(@today, '-' || n || ' days'), 4, @nowMs - n * 86400000 FROM d;
                    """, args, transaction);
                batch += historyDays + 1;
            }
            await transaction.CommitAsync();
        }
    }

    private static string Iso(LocalDate date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
}
