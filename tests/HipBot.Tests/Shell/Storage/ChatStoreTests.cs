using Dapper;
using HipBot.Core.Chats;
using HipBot.Core.Setup;
using HipBot.Core.Streaks;
using HipBot.Core.Training;
using HipBot.Shell.Storage;
using HipBot.Tests.Support;
using NodaTime;

namespace HipBot.Tests.Shell.Storage;

/// <summary>A chat reads back as it was saved, column by column: the typed read and the upsert name the same columns.</summary>
public sealed class ChatStoreTests : IDisposable
{
    private static readonly LocalDate Day = new(2026, 11, 25);

    private readonly ScratchDatabase scratch = new();

    public static TheoryData<string, ChatState> Chats => new()
    {
        { "every column set", Everything() },
        { "every column it may leave empty empty", ChatState.New(2, null) },
    };

    [Theory]
    [MemberData(nameof(Chats))]
    public async Task A_saved_chat_reads_back_with_every_column_as_it_was(string _, ChatState state)
    {
        await scratch.MigrateAsync();
        await using var connection = await scratch.Database.OpenAsync();
        await using var transaction = connection.BeginTransaction();
        var store = new ChatStore();

        await store.SaveAsync(connection, transaction, state, Instant.FromUtc(2026, 11, 25, 8, 0));
        // A different total for each exercise, kept by the triggers on check_ins, so no two can be read in each other's place.
        await connection.ExecuteAsync(
            """
            INSERT INTO check_ins (chat_id, local_date, batch, exercise, sets, reps_per_side, is_full, created_at)
            VALUES (@chatId, '2026-11-25', 1, 1, 1, 10, 0, 0), (@chatId, '2026-11-25', 1, 2, 2, 10, 0, 0), (@chatId, '2026-11-25', 1, 3, 3, 10, 0, 0)
            """, new { chatId = state.ChatId }, transaction);
        var found = await store.FindAsync(connection, transaction, state.ChatId);

        Assert.NotNull(found);
        var (saved, read) = (ChatRow.From(state), ChatRow.From(found.State));
        Assert.All(typeof(ChatRow).GetProperties(), p => Assert.Equal((p.Name, p.GetValue(saved)), (p.Name, p.GetValue(read))));
        Assert.Equal((10, 20, 30), (found.TotalReps[Exercise.Clamshell], found.TotalReps[Exercise.SideLegRaise], found.TotalReps[Exercise.TravelingSideSquat]));
    }

    [Fact]
    public async Task A_chat_never_saved_is_not_found()
    {
        await scratch.MigrateAsync();
        await using var connection = await scratch.Database.OpenAsync();
        await using var transaction = connection.BeginTransaction();

        Assert.Null(await new ChatStore().FindAsync(connection, transaction, 42));
    }

    private static ChatState Everything() => ChatState.New(1, "Ana") with
    {
        Status = ChatStatus.Paused,
        Blocked = true,
        Settings = new Settings("Europe/Berlin", new LocalTime(7, 30), TrainingDays.MonWedFri, HasBand: true) { TimesPerWeek = 3 },
        Level = 5,
        NextPlanAt = Instant.FromUtc(2026, 11, 26, 6, 30),
        LastPlanDate = Day,
        SnoozedUntil = Instant.FromUtc(2026, 11, 25, 9, 0),
        LevelOfferedOn = Day.PlusDays(-1),
        LevelSince = Day.PlusDays(-30),
        JoinedOn = Day.PlusDays(-60),
        MiniOn = Day.PlusDays(-2),
        Habit = HabitRecord.New with
        {
            Streak = new StreakState(12, 40),
            ConsecutiveMisses = 2,
            LastClosedDate = Day.PlusDays(-1),
            LastUserInputAt = Instant.FromUtc(2026, 11, 25, 7, 45),
            LastUnsolicitedOn = Day.PlusDays(-3),
            LastVariantKey = "nudge:2",
            FarewellSent = true,
            PausedFrom = Day,
            PausedUntil = Day.PlusDays(7),
            WelcomedAt = Instant.FromUtc(2026, 11, 20, 7, 0),
        },
    };

    public void Dispose() => scratch.Dispose();
}
