using NodaTime;

namespace HipBot.Core.Groups;

/// <summary>Where a group's challenge stands.</summary>
public enum GroupStatus
{
    /// <summary>The bot is in the group and has posted its card; no admin has set a challenge up yet.</summary>
    AwaitingSetup,

    /// <summary>A challenge is set up: posts go out from its start date on.</summary>
    Active,

    /// <summary>The bot was removed from the group: nothing goes out until someone adds it again.</summary>
    Suspended,

    /// <summary>The challenge ran its course or an admin ended it.</summary>
    Ended,
}

/// <summary>What the board may show of members in the group.</summary>
public enum BoardVisibility
{
    /// <summary>First names in tiers (a full week, 75 %+, 50 %+); nobody below is named.</summary>
    Names,

    /// <summary>Only how many members are in each tier.</summary>
    CountsOnly,
}

/// <summary>A challenge as its admin set it up. Dates are the group's local dates, times the group's wall clock.</summary>
/// <param name="ThreadId">The forum topic the posts go to (the one setup started from); null for the General topic.</param>
public sealed record Challenge(
    string Name, LocalDate StartsOn, int Weeks, string TimeZone, LocalTime PostTime, int? ThreadId, BoardVisibility Visibility)
{
    public const int DefaultWeeks = 4;

    public const int MaxWeeks = 12;

    /// <summary>The last local date of the challenge.</summary>
    public LocalDate EndsOn => StartsOn.PlusDays(Weeks * 7 - 1);

    public DateTimeZone Zone => DateTimeZoneProviders.Tzdb.GetZoneOrNull(TimeZone) ?? DateTimeZone.Utc;

    /// <summary>Day 1 is the start date.</summary>
    public int DayNumber(LocalDate date) => Period.Between(StartsOn, date, PeriodUnits.Days).Days + 1;

    public int TotalDays => Weeks * 7;
}

/// <summary>Everything the core knows about one group chat; loaded before and saved after each group turn.</summary>
public sealed record GroupState
{
    public required long GroupId { get; init; }

    public string Title { get; init; } = "";

    public GroupStatus Status { get; init; } = GroupStatus.AwaitingSetup;

    /// <summary>Null until an admin sets one up.</summary>
    public Challenge? Challenge { get; init; }

    /// <summary>The challenge an admin is setting up (or changing) in their private chat, before they start it.</summary>
    public Challenge? Draft { get; init; }

    /// <summary>The user who set the challenge up: the one told privately when something goes wrong.</summary>
    public long? AdminUserId { get; init; }

    /// <summary>When the next daily post is due; null when none is (no challenge, suspended, ended).</summary>
    public Instant? NextPostAt { get; init; }

    /// <summary>The group's local date of the latest daily post, whose message is edited as members check in.</summary>
    public LocalDate? PostedOn { get; init; }

    /// <summary>The board as the latest post or edit showed it, so an edit goes out only when it would change something.</summary>
    public string? ShownBoard { get; init; }

    /// <summary>When the post should be looked at again because a check-in may have changed the board; null when nothing changed.</summary>
    public Instant? RefreshAt { get; init; }

    /// <summary>When the post was last sent or edited: edits come at most about once a minute.</summary>
    public Instant? LastPostChangeAt { get; init; }

    /// <summary>An admin paused the group: no daily posts before this local date.</summary>
    public LocalDate? PausedUntil { get; init; }

    /// <summary>Whether the bot may pin (it is an admin with the right); learned from Telegram, kept for the Monday recap.</summary>
    public bool MayPin { get; init; }

    public static GroupState New(long groupId, string title) => new() { GroupId = groupId, Title = title };

    public bool IsRunning => Status == GroupStatus.Active && Challenge is not null;
}
