using System.Text.Json;
using Dapper;
using HipBot.Chats;
using HipBot.Dialogue;
using HipBot.Training;
using Microsoft.Data.Sqlite;
using NodaTime;
using NodaTime.Text;

namespace HipBot.Storage;

/// <summary>Loads and saves <see cref="ChatState"/> rows inside the caller's transaction.</summary>
public static class ChatRepository
{
    private static readonly LocalTimePattern TimePattern = LocalTimePattern.CreateWithInvariantCulture("HH:mm");
    public static readonly LocalDatePattern DatePattern = LocalDatePattern.Iso;

    public static async Task<ChatState?> FindAsync(SqliteConnection connection, SqliteTransaction transaction, long chatId)
    {
        var row = await connection.QuerySingleOrDefaultAsync<ChatRow>(
            """
            SELECT chat_id AS ChatId, first_name AS FirstName, status AS Status, blocked AS Blocked,
                   time_zone AS TimeZone, reminder_time AS ReminderTime, training_days AS TrainingDays,
                   has_band AS HasBand, level AS Level, dialogue AS Dialogue,
                   next_plan_at AS NextPlanAt, last_plan_date AS LastPlanDate, snoozed_until AS SnoozedUntil,
                   level_offered_on AS LevelOfferedOn
            FROM chats WHERE chat_id = @chatId
            """, new { chatId }, transaction);
        return row?.ToState();
    }

    public static Task SaveAsync(SqliteConnection connection, SqliteTransaction transaction, ChatState state, Instant now) =>
        connection.ExecuteAsync(
            """
            INSERT INTO chats (chat_id, first_name, status, blocked, time_zone, reminder_time, training_days, has_band, level, dialogue,
                               next_plan_at, last_plan_date, snoozed_until, level_offered_on, created_at, updated_at)
            VALUES (@ChatId, @FirstName, @Status, @Blocked, @TimeZone, @ReminderTime, @TrainingDays, @HasBand, @Level, @Dialogue,
                    @NextPlanAt, @LastPlanDate, @SnoozedUntil, @LevelOfferedOn, @Now, @Now)
            ON CONFLICT (chat_id) DO UPDATE SET
                first_name = excluded.first_name, status = excluded.status, blocked = excluded.blocked,
                time_zone = excluded.time_zone, reminder_time = excluded.reminder_time,
                training_days = excluded.training_days, has_band = excluded.has_band, level = excluded.level,
                dialogue = excluded.dialogue, next_plan_at = excluded.next_plan_at,
                last_plan_date = excluded.last_plan_date, snoozed_until = excluded.snoozed_until,
                level_offered_on = excluded.level_offered_on,
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
                LastPlanDate = state.LastPlanDate is { } d ? DatePattern.Format(d) : null,
                SnoozedUntil = state.SnoozedUntil?.ToUnixTimeMilliseconds(),
                LevelOfferedOn = state.LevelOfferedOn is { } offered ? DatePattern.Format(offered) : null,
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

        public ChatState ToState() => new()
        {
            ChatId = ChatId,
            FirstName = FirstName,
            Status = Enum.Parse<ChatStatus>(Status, ignoreCase: true),
            Blocked = Blocked,
            Settings = new Settings(TimeZone, ParseTime(ReminderTime), (Training.TrainingDays?)TrainingDays, HasBand),
            Level = (int)Level,
            Conversation = (JsonSerializer.Deserialize<DialogueJson>(Dialogue) ?? new DialogueJson()).ToConversation(),
            NextPlanAt = NextPlanAt is { } next ? Instant.FromUnixTimeMilliseconds(next) : null,
            LastPlanDate = LastPlanDate is { } date ? DatePattern.Parse(date).GetValueOrThrow() : null,
            SnoozedUntil = SnoozedUntil is { } snoozed ? Instant.FromUnixTimeMilliseconds(snoozed) : null,
            LevelOfferedOn = LevelOfferedOn is { } offered ? DatePattern.Parse(offered).GetValueOrThrow() : null,
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
