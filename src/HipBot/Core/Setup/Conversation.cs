namespace HipBot.Core.Setup;

public enum Question
{
    None,
    TimeZone,
    ReminderTime,
    TrainingDays,
    Band,
    Confirm,

    /// <summary>"For how long?" after a bare /pause.</summary>
    PauseLength,
}

/// <summary>
/// The question a chat is answering and the answers given so far.
/// <paramref name="ChangingOne"/> marks a single answer being changed (from /settings or the summary),
/// after which the user returns to where they were instead of walking through every question.
/// </summary>
public sealed record Conversation(Question Asking, Settings Draft, bool ChangingOne = false)
{
    public static readonly Conversation Idle = new(Question.None, Settings.Empty);
}
