using System.Text.Json;
using HipBot.Core.Chats;
using HipBot.Core.Setup;
using HipBot.Core.Streaks;
using HipBot.Core.Training;
using Microsoft.Data.Sqlite;
using NodaTime;

namespace HipBot.Shell.Storage;

/// <summary>
/// A row of the chats table, one property per column (read by <see cref="Read"/>, bound by name for the upsert), and its
/// translation to and from <see cref="ChatState"/>. The column list exists only here: <see cref="ChatStore"/> builds its
/// SQL from it.
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

    private static readonly Dictionary<string, int> Ordinals = Columns.Select((c, i) => (c.Property, i)).ToDictionary();

    /// <summary>
    /// The row the reader is on, its columns in <see cref="Columns"/>' order: every turn reads its chat, and a row parser
    /// looked up by the columns' names and types on each read cost more than the read.
    /// </summary>
    public static ChatRow Read(SqliteDataReader reader) => new()
    {
        ChatId = Get<long>(reader, nameof(ChatId)),
        FirstName = Get<string>(reader, nameof(FirstName)),
        Status = Get<string>(reader, nameof(Status))!,
        Blocked = Get<bool>(reader, nameof(Blocked)),
        TimeZone = Get<string>(reader, nameof(TimeZone)),
        ReminderTime = Get<LocalTime?>(reader, nameof(ReminderTime)),
        TrainingDays = Get<long?>(reader, nameof(TrainingDays)),
        TimesPerWeek = Get<long?>(reader, nameof(TimesPerWeek)),
        HasBand = Get<bool?>(reader, nameof(HasBand)),
        Level = Get<long>(reader, nameof(Level)),
        Dialogue = Get<string>(reader, nameof(Dialogue))!,
        NextPlanAt = Get<Instant?>(reader, nameof(NextPlanAt)),
        LastPlanDate = Get<LocalDate?>(reader, nameof(LastPlanDate)),
        SnoozedUntil = Get<Instant?>(reader, nameof(SnoozedUntil)),
        LevelOfferedOn = Get<LocalDate?>(reader, nameof(LevelOfferedOn)),
        LevelSince = Get<LocalDate?>(reader, nameof(LevelSince)),
        CurrentStreak = Get<long>(reader, nameof(CurrentStreak)),
        BestStreak = Get<long>(reader, nameof(BestStreak)),
        ConsecutiveMisses = Get<long>(reader, nameof(ConsecutiveMisses)),
        LastClosedDate = Get<LocalDate?>(reader, nameof(LastClosedDate)),
        LastUserInputAt = Get<Instant?>(reader, nameof(LastUserInputAt)),
        LastUnsolicitedOn = Get<LocalDate?>(reader, nameof(LastUnsolicitedOn)),
        LastVariantKey = Get<string>(reader, nameof(LastVariantKey)),
        FarewellSent = Get<bool>(reader, nameof(FarewellSent)),
        PausedFrom = Get<LocalDate?>(reader, nameof(PausedFrom)),
        PausedUntil = Get<LocalDate?>(reader, nameof(PausedUntil)),
        JoinedOn = Get<LocalDate?>(reader, nameof(JoinedOn)),
        MiniOn = Get<LocalDate?>(reader, nameof(MiniOn)),
        WelcomedAt = Get<Instant?>(reader, nameof(WelcomedAt)),
    };

    private static T? Get<T>(SqliteDataReader reader, string property) =>
        Ordinals[property] is var i && reader.IsDBNull(i) ? default : SqlTypes.FromDatabase<T>(reader.GetValue(i));

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
