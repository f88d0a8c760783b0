using HipBot.Dialogue;

namespace HipBot.Chats;

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

    public static ChatState New(long chatId, string? firstName) => new() { ChatId = chatId, FirstName = firstName };
}
