using System.Text.Json;
using HipBot.Core.Groups;
using NodaTime;
using NodaTime.Text;

namespace HipBot.Shell.Storage;

/// <summary>A row of the groups table (Dapper matches the properties by name) and its translation to and from <see cref="GroupState"/>.</summary>
internal sealed class GroupRow
{
    public long GroupId { get; init; }
    public string Title { get; init; } = "";
    public string Status { get; init; } = "awaiting_setup";
    public string? Challenge { get; init; }
    public string? Draft { get; init; }
    public long? AdminChatId { get; init; }
    public Instant? NextPostAt { get; init; }
    public LocalDate? PostedOn { get; init; }
    public string? ShownBoard { get; init; }
    public Instant? RefreshAt { get; init; }
    public Instant? LastPostChange { get; init; }
    public LocalDate? PausedUntil { get; init; }
    public bool MayPin { get; init; }

    private static readonly StoredWords<GroupStatus> Statuses = new(
        (GroupStatus.AwaitingSetup, "awaiting_setup"), (GroupStatus.Active, "active"), (GroupStatus.Suspended, "suspended"), (GroupStatus.Ended, "ended"));

    public static GroupRow From(GroupState state) => new()
    {
        GroupId = state.GroupId,
        Title = state.Title,
        Status = Statuses.Write(state.Status),
        Challenge = ChallengeJson.Write(state.Challenge),
        Draft = ChallengeJson.Write(state.Draft),
        AdminChatId = state.AdminUserId,
        NextPostAt = state.NextPostAt,
        PostedOn = state.PostedOn,
        ShownBoard = state.ShownBoard,
        RefreshAt = state.RefreshAt,
        LastPostChange = state.LastPostChangeAt,
        PausedUntil = state.PausedUntil,
        MayPin = state.MayPin,
    };

    public GroupState ToState() => new()
    {
        GroupId = GroupId,
        Title = Title,
        Status = Statuses.Read(Status),
        Challenge = ChallengeJson.Read(Challenge),
        Draft = ChallengeJson.Read(Draft),
        AdminUserId = AdminChatId,
        NextPostAt = NextPostAt,
        PostedOn = PostedOn,
        ShownBoard = ShownBoard,
        RefreshAt = RefreshAt,
        LastPostChangeAt = LastPostChange,
        PausedUntil = PausedUntil,
        MayPin = MayPin,
    };
}

/// <summary>The stored shape of a challenge: plain fields, so the JSON stays readable in the database.</summary>
internal sealed class ChallengeJson
{
    private static readonly LocalTimePattern TimePattern = LocalTimePattern.CreateWithInvariantCulture("HH:mm");

    public string Name { get; init; } = "";
    public string StartsOn { get; init; } = "";
    public int Weeks { get; init; }
    public string TimeZone { get; init; } = "UTC";
    public string PostTime { get; init; } = "07:00";
    public int? ThreadId { get; init; }
    public string Visibility { get; init; } = nameof(BoardVisibility.Names);

    public static string? Write(Challenge? challenge) => challenge is null ? null : JsonSerializer.Serialize(new ChallengeJson
    {
        Name = challenge.Name,
        StartsOn = Core.Chats.IsoDate.Format(challenge.StartsOn),
        Weeks = challenge.Weeks,
        TimeZone = challenge.TimeZone,
        PostTime = TimePattern.Format(challenge.PostTime),
        ThreadId = challenge.ThreadId,
        Visibility = challenge.Visibility.ToString(),
    });

    public static Challenge? Read(string? json) =>
        json is null || JsonSerializer.Deserialize<ChallengeJson>(json) is not { } stored
            ? null
            : new Challenge(stored.Name, Core.Chats.IsoDate.Parse(stored.StartsOn), stored.Weeks, stored.TimeZone,
                TimePattern.Parse(stored.PostTime).GetValueOrThrow(), stored.ThreadId, Enum.Parse<BoardVisibility>(stored.Visibility));
}
