using System.Text.Json;
using Dapper;
using HipBot.Core.Chats;
using HipBot.Core.Dialogue;
using HipBot.Core.Streaks;
using HipBot.Core.Training;
using Microsoft.Data.Sqlite;
using NodaTime;
using NodaTime.Text;

namespace HipBot.Shell.Storage;

/// <summary>Loads and saves <see cref="ChatState"/> rows inside the caller's transaction.</summary>
public static class ChatRepository
{
    private static readonly LocalTimePattern TimePattern = LocalTimePattern.CreateWithInvariantCulture("HH:mm");

    public static async Task<ChatState?> FindAsync(SqliteConnection connection, SqliteTransaction transaction, long chatId)
    {
        var row = await connection.QuerySingleOrDefaultAsync<ChatRow>(
            """
            SELECT chat_id AS ChatId, first_name AS FirstName, status AS Status, blocked AS Blocked,
                   time_zone AS TimeZone, reminder_time AS ReminderTime, training_days AS TrainingDays,
                   has_band AS HasBand, level AS Level, dialogue AS Dialogue,
                   next_plan_at AS NextPlanAt, last_plan_date AS LastPlanDate, snoozed_until AS SnoozedUntil,
                   level_offered_on AS LevelOfferedOn, level_since AS LevelSince, current_streak AS CurrentStreak, best_streak AS BestStreak,
                   consecutive_misses AS ConsecutiveMisses, last_closed_date AS LastClosedDate,
                   last_user_input_at AS LastUserInputAt, last_unsolicited_on AS LastUnsolicitedOn,
                   last_variant_key AS LastVariantKey, farewell_sent AS FarewellSent,
                   paused_from AS PausedFrom, paused_until AS PausedUntil
            FROM chats WHERE chat_id = @chatId
            """, new { chatId }, transaction);
        return row?.ToState();
    }

    public static Task SaveAsync(SqliteConnection connection, SqliteTransaction transaction, ChatState state, Instant now) =>
        connection.ExecuteAsync(
            """
            INSERT INTO chats (chat_id, first_name, status, blocked, time_zone, reminder_time, training_days, has_band, level, dialogue,
                               next_plan_at, last_plan_date, snoozed_until, level_offered_on, level_since,
                               current_streak, best_streak, consecutive_misses, last_closed_date, last_user_input_at,
                               last_unsolicited_on, last_variant_key, farewell_sent, paused_from, paused_until, created_at, updated_at)
            VALUES (@ChatId, @FirstName, @Status, @Blocked, @TimeZone, @ReminderTime, @TrainingDays, @HasBand, @Level, @Dialogue,
                    @NextPlanAt, @LastPlanDate, @SnoozedUntil, @LevelOfferedOn, @LevelSince,
                    @CurrentStreak, @BestStreak, @ConsecutiveMisses, @LastClosedDate, @LastUserInputAt,
                    @LastUnsolicitedOn, @LastVariantKey, @FarewellSent, @PausedFrom, @PausedUntil, @Now, @Now)
            ON CONFLICT (chat_id) DO UPDATE SET
                first_name = excluded.first_name, status = excluded.status, blocked = excluded.blocked,
                time_zone = excluded.time_zone, reminder_time = excluded.reminder_time,
                training_days = excluded.training_days, has_band = excluded.has_band, level = excluded.level,
                dialogue = excluded.dialogue, next_plan_at = excluded.next_plan_at,
                last_plan_date = excluded.last_plan_date, snoozed_until = excluded.snoozed_until,
                level_offered_on = excluded.level_offered_on, level_since = excluded.level_since,
                current_streak = excluded.current_streak, best_streak = excluded.best_streak,
                consecutive_misses = excluded.consecutive_misses, last_closed_date = excluded.last_closed_date,
                last_user_input_at = excluded.last_user_input_at, last_unsolicited_on = excluded.last_unsolicited_on,
                last_variant_key = excluded.last_variant_key, farewell_sent = excluded.farewell_sent,
                paused_from = excluded.paused_from, paused_until = excluded.paused_until,
                updated_at = excluded.updated_at
            """,
            new
            {
                state.ChatId,
                state.FirstName,
                Status = state.Status.ToString().ToLowerInvariant(),
                state.Blocked,
                state.Settings.TimeZone,
                ReminderTime = state.Settings.ReminderTime is { } t ? TimePattern.Format(t) : null,
                TrainingDays = (int?)state.Settings.Days,
                state.Settings.HasBand,
                state.Level,
                Dialogue = JsonSerializer.Serialize(DialogueJson.From(state.Conversation)),
                NextPlanAt = state.NextPlanAt?.ToUnixTimeMilliseconds(),
                LastPlanDate = IsoDate.Format(state.LastPlanDate),
                SnoozedUntil = state.SnoozedUntil?.ToUnixTimeMilliseconds(),
                LevelOfferedOn = IsoDate.Format(state.LevelOfferedOn),
                LevelSince = IsoDate.Format(state.LevelSince),
                CurrentStreak = state.Habit.Streak.Current,
                BestStreak = state.Habit.Streak.Best,
                state.Habit.ConsecutiveMisses,
                LastClosedDate = IsoDate.Format(state.Habit.LastClosedDate),
                LastUserInputAt = state.Habit.LastUserInputAt?.ToUnixTimeMilliseconds(),
                LastUnsolicitedOn = IsoDate.Format(state.Habit.LastUnsolicitedOn),
                state.Habit.LastVariantKey,
                state.Habit.FarewellSent,
                PausedFrom = IsoDate.Format(state.Habit.PausedFrom),
                PausedUntil = IsoDate.Format(state.Habit.PausedUntil),
                Now = now.ToUnixTimeMilliseconds(),
            },
            transaction);

    private sealed class ChatRow
    {
        public long ChatId { get; init; }
        public string? FirstName { get; init; }
        public string Status { get; init; } = "onboarding";
        public bool Blocked { get; init; }
        public string? TimeZone { get; init; }
        public string? ReminderTime { get; init; }
        public long? TrainingDays { get; init; }
        public bool? HasBand { get; init; }
        public long Level { get; init; }
        public string Dialogue { get; init; } = "{}";
        public long? NextPlanAt { get; init; }
        public string? LastPlanDate { get; init; }
        public long? SnoozedUntil { get; init; }
        public string? LevelOfferedOn { get; init; }
        public string? LevelSince { get; init; }
        public long CurrentStreak { get; init; }
        public long BestStreak { get; init; }
        public long ConsecutiveMisses { get; init; }
        public string? LastClosedDate { get; init; }
        public long? LastUserInputAt { get; init; }
        public string? LastUnsolicitedOn { get; init; }
        public string? LastVariantKey { get; init; }
        public bool FarewellSent { get; init; }
        public string? PausedFrom { get; init; }
        public string? PausedUntil { get; init; }

        public ChatState ToState() => new()
        {
            ChatId = ChatId,
            FirstName = FirstName,
            Status = Enum.Parse<ChatStatus>(Status, ignoreCase: true),
            Blocked = Blocked,
            Settings = new Settings(TimeZone, ParseTime(ReminderTime), (TrainingDays?)TrainingDays, HasBand),
            Level = (int)Level,
            Conversation = (JsonSerializer.Deserialize<DialogueJson>(Dialogue) ?? new DialogueJson()).ToConversation(),
            NextPlanAt = NextPlanAt is { } next ? Instant.FromUnixTimeMilliseconds(next) : null,
            LastPlanDate = IsoDate.ParseOrNull(LastPlanDate),
            SnoozedUntil = SnoozedUntil is { } snoozed ? Instant.FromUnixTimeMilliseconds(snoozed) : null,
            LevelOfferedOn = IsoDate.ParseOrNull(LevelOfferedOn),
            LevelSince = IsoDate.ParseOrNull(LevelSince),
            Habit = new HabitRecord
            {
                Streak = new StreakState((int)CurrentStreak, (int)BestStreak),
                ConsecutiveMisses = (int)ConsecutiveMisses,
                LastClosedDate = IsoDate.ParseOrNull(LastClosedDate),
                LastUserInputAt = LastUserInputAt is { } input ? Instant.FromUnixTimeMilliseconds(input) : null,
                LastUnsolicitedOn = IsoDate.ParseOrNull(LastUnsolicitedOn),
                LastVariantKey = LastVariantKey,
                FarewellSent = FarewellSent,
                PausedFrom = IsoDate.ParseOrNull(PausedFrom),
                PausedUntil = IsoDate.ParseOrNull(PausedUntil),
            },
        };
    }

    private static LocalTime? ParseTime(string? text) =>
        text is null ? null : TimePattern.Parse(text).GetValueOrThrow();

    /// <summary>The stored shape of a conversation: plain fields, so the JSON stays readable in the database.</summary>
    private sealed class DialogueJson
    {
        public string Asking { get; init; } = nameof(Question.None);
        public bool ChangingOne { get; init; }
        public string? TimeZone { get; init; }
        public string? ReminderTime { get; init; }
        public int? Days { get; init; }
        public bool? HasBand { get; init; }

        public static DialogueJson From(Conversation conversation) => new()
        {
            Asking = conversation.Asking.ToString(),
            ChangingOne = conversation.ChangingOne,
            TimeZone = conversation.Draft.TimeZone,
            ReminderTime = conversation.Draft.ReminderTime is { } t ? TimePattern.Format(t) : null,
            Days = (int?)conversation.Draft.Days,
            HasBand = conversation.Draft.HasBand,
        };

        public Conversation ToConversation() => new(
            Enum.Parse<Question>(Asking),
            new Settings(TimeZone, ParseTime(ReminderTime), (TrainingDays?)Days, HasBand),
            ChangingOne);
    }
}
