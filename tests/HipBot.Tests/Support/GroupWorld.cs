using HipBot.Core.Chats;
using HipBot.Core.CheckIns;
using HipBot.Core.Groups;
using HipBot.Core.Setup;
using HipBot.Core.Streaks;
using HipBot.Core.Training;
using NodaTime;

namespace HipBot.Tests.Support;

/// <summary>
/// A running club, "Hip Club", on Berlin time, whose four-week challenge started Monday 23 November 2026 with a 07:00
/// post; members in zones of their own. Wednesday 25 November is "today", as in <see cref="CoreWorld"/>. No clock, no storage.
/// </summary>
internal static class GroupWorld
{
    public const long Group = -1001000000001;
    public const long Admin = 500;

    public static readonly LocalDate Monday = new(2026, 11, 23);
    public static readonly LocalDate Wednesday = new(2026, 11, 25);

    public static readonly Challenge Club = new("Hip Club", Monday, 4, "Europe/Berlin", new LocalTime(7, 0), null, BoardVisibility.Names);

    public static Instant Berlin(LocalDate date, int hour, int minute = 0) => CoreWorld.At(date, hour, minute);

    public static GroupState Running(Challenge? challenge = null) => GroupState.New(Group, "Hip Club") with
    {
        Status = GroupStatus.Active,
        Challenge = challenge ?? Club,
        AdminUserId = Admin,
        NextPostAt = Berlin(Wednesday.PlusDays(1), 7),
        PostedOn = Wednesday,
        LastPostChangeAt = Berlin(Wednesday, 7),
    };

    /// <summary>A set-up member in <paramref name="zone"/> training on <paramref name="days"/>, on the board since <paramref name="joined"/> (the challenge's start unless told).</summary>
    public static MemberRecord Runner(
        long id, string name, TrainingDays days, string zone = "Europe/Berlin", Instant? joined = null, HabitRecord? habit = null, params DayLog[] logs) =>
        new(
            new GroupMember(id, name, joined ?? Berlin(Monday, 0)),
            ChatState.New(id, name) with
            {
                Status = ChatStatus.Active,
                Settings = new Settings(zone, new LocalTime(7, 0), days, false),
                Habit = habit ?? HabitRecord.New,
            },
            new Logbook(logs.ToDictionary(l => l.Date)));

    /// <summary>Someone who pressed Join but never set up privately.</summary>
    public static MemberRecord Newcomer(long id, string name) =>
        new(new GroupMember(id, name, Berlin(Monday, 9)), null, Logbook.Empty);

    public static DayLog Full(LocalDate date) => CoreWorld.Full(date);

    public static DayLog Partial(LocalDate date) => CoreWorld.Partial(date);

    public static DayLog Rest(LocalDate date) => CoreWorld.RestMarked(date);

    public static GroupContext Context(Instant now, params MemberRecord[] members) => new(now, members) { BotUsername = "HipBot" };
}
