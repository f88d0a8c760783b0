using System.Text.Json;
using HipBot.Core.Chats;
using HipBot.Core.Setup;
using HipBot.Core.Streaks;
using HipBot.Core.Training;
using NodaTime;

namespace HipBot.Shell.Storage;

/// <summary>
/// A row of the chats table, one property per column (Dapper matches them by name), and its translation to and from
/// <see cref="ChatState"/>. The column list exists only here: <see cref="ChatStore"/> builds its SQL from it.
/// </summary>
internal sealed class ChatRow
{
    public long ChatId { get; init; }
    public string? FirstName { get; init; }
    public string Status { get; init; } = "onboarding";
    public bool Blocked { get; init; }
    public string? TimeZone { get; init; }
    public LocalTime? ReminderTime { get; init; }
    public long? TrainingDays { get; init; }
    public long? TimesPerWeek { get; init; }
    public bool? HasBand { get; init; }
    public long Level { get; init; }
    public string Dialogue { get; init; } = "{}";
    public Instant? NextPlanAt { get; init; }
    public LocalDate? LastPlanDate { get; init; }
    public Instant? SnoozedUntil { get; init; }
    public LocalDate? LevelOfferedOn { get; init; }
    public LocalDate? LevelSince { get; init; }
    public long CurrentStreak { get; init; }
    public long BestStreak { get; init; }
    public long ConsecutiveMisses { get; init; }
    public LocalDate? LastClosedDate { get; init; }
    public Instant? LastUserInputAt { get; init; }
    public LocalDate? LastUnsolicitedOn { get; init; }
    public string? LastVariantKey { get; init; }
    public bool FarewellSent { get; init; }
    public LocalDate? PausedFrom { get; init; }
    public LocalDate? PausedUntil { get; init; }
    public LocalDate? JoinedOn { get; init; }
    public LocalDate? MiniOn { get; init; }
    public Instant? WelcomedAt { get; init; }

    /// <summary>The columns, in snake_case, from the properties above.</summary>
    public static readonly IReadOnlyList<(string Column, string Property)> Columns = [.. typeof(ChatRow).GetProperties()
        .Select(p => (string.Concat(p.Name.Select((c, i) => char.IsUpper(c) && i > 0 ? "_" + char.ToLowerInvariant(c) : char.ToLowerInvariant(c).ToString())), p.Name))];

    public static ChatRow From(ChatState state) => new()
    {
        ChatId = state.ChatId,
        FirstName = state.FirstName,
        Status = state.Status.ToString().ToLowerInvariant(),
        Blocked = state.Blocked,
        TimeZone = state.Settings.TimeZone,
        ReminderTime = state.Settings.ReminderTime,
        TrainingDays = (long?)state.Settings.Days,
        TimesPerWeek = state.Settings.TimesPerWeek,
        HasBand = state.Settings.HasBand,
        Level = state.Level,
        Dialogue = JsonSerializer.Serialize(DialogueJson.From(state.Conversation, state.OfferedButtons)),
        NextPlanAt = state.NextPlanAt,
        LastPlanDate = state.LastPlanDate,
        SnoozedUntil = state.SnoozedUntil,
        LevelOfferedOn = state.LevelOfferedOn,
        LevelSince = state.LevelSince,
        CurrentStreak = state.Habit.Streak.Current,
        BestStreak = state.Habit.Streak.Best,
        ConsecutiveMisses = state.Habit.ConsecutiveMisses,
        LastClosedDate = state.Habit.LastClosedDate,
        LastUserInputAt = state.Habit.LastUserInputAt,
        LastUnsolicitedOn = state.Habit.LastUnsolicitedOn,
        LastVariantKey = state.Habit.LastVariantKey,
        FarewellSent = state.Habit.FarewellSent,
        PausedFrom = state.Habit.PausedFrom,
        PausedUntil = state.Habit.PausedUntil,
        JoinedOn = state.JoinedOn,
        MiniOn = state.MiniOn,
        WelcomedAt = state.Habit.WelcomedAt,
    };

    public ChatState ToState()
    {
        // Read once: every turn reads its chat, and the dialogue is the one column that is parsed.
        var dialogue = JsonSerializer.Deserialize<DialogueJson>(Dialogue) ?? new DialogueJson();
        return new()
        {
            ChatId = ChatId,
            FirstName = FirstName,
            Status = Enum.Parse<ChatStatus>(Status, ignoreCase: true),
            Blocked = Blocked,
            Settings = new Settings(TimeZone, ReminderTime, (TrainingDays?)TrainingDays, HasBand) { TimesPerWeek = (int?)TimesPerWeek },
            Level = (int)Level,
            Conversation = dialogue.ToConversation(),
            OfferedButtons = dialogue.ToOffered(),
            NextPlanAt = NextPlanAt,
            LastPlanDate = LastPlanDate,
            SnoozedUntil = SnoozedUntil,
            LevelOfferedOn = LevelOfferedOn,
            LevelSince = LevelSince,
            JoinedOn = JoinedOn,
            MiniOn = MiniOn,
            Habit = new HabitRecord
            {
                Streak = new StreakState((int)CurrentStreak, (int)BestStreak),
                ConsecutiveMisses = (int)ConsecutiveMisses,
                LastClosedDate = LastClosedDate,
                LastUserInputAt = LastUserInputAt,
                LastUnsolicitedOn = LastUnsolicitedOn,
                LastVariantKey = LastVariantKey,
                FarewellSent = FarewellSent,
                PausedFrom = PausedFrom,
                PausedUntil = PausedUntil,
                WelcomedAt = WelcomedAt,
            },
        };
    }
}
