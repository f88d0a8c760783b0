using HipBot.Core.Setup;
using HipBot.Core.Streaks;
using NodaTime;

namespace HipBot.Core.Chats;

public enum ChatStatus
{
    Onboarding,
    Active,
    Paused,
    Stopped,
}

/// <summary>Everything the core knows about one private chat; loaded before and saved after each update.</summary>
public sealed record ChatState
{
    public required long ChatId { get; init; }
    public string? FirstName { get; init; }
    public ChatStatus Status { get; init; } = ChatStatus.Onboarding;
    public bool Blocked { get; init; }
    public Settings Settings { get; init; } = Settings.Empty;
    public int Level { get; init; } = 1;
    public Conversation Conversation { get; init; } = Conversation.Idle;

    /// <summary>When the next daily plan is due; null when none is scheduled (not set up, paused, stopped, blocked).</summary>
    public Instant? NextPlanAt { get; init; }

    /// <summary>The local date of the last plan sent, so no day gets two.</summary>
    public LocalDate? LastPlanDate { get; init; }

    /// <summary>The local date the level last changed: sessions count toward the next level only after it.</summary>
    public LocalDate? LevelSince { get; init; }

    /// <summary>When a level-up was last offered, so offers come at most once a week.</summary>
    public LocalDate? LevelOfferedOn { get; init; }

    public HabitRecord Habit { get; init; } = HabitRecord.New;

    /// <summary>The day the 5-minute version was last shown, so a plain "done" that day means it, not the whole level.</summary>
    public LocalDate? MiniOn { get; init; }

    /// <summary>The local date set-up finished: days before it are no part of the user's record. Null for chats from before it was kept.</summary>
    public LocalDate? JoinedOn { get; init; }
    /// <summary>The buttons of the last message sent with any, so their labels typed out work like taps.</summary>
    public IReadOnlyList<HipBot.Core.Messages.Button> OfferedButtons { get; init; } = [];

    /// <summary>When the user asked to be reminded again ("Later").</summary>
    public Instant? SnoozedUntil { get; init; }

    public static ChatState New(long chatId, string? firstName) => new() { ChatId = chatId, FirstName = firstName };
}
