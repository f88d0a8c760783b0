using HipBot.Core.Messages;


namespace HipBot.Core.Chats;

/// <summary>The result of handling one input: the chat's new state, what to send, and what to record.</summary>
public sealed record Turn(ChatState State, IReadOnlyList<Outgoing> Out)
{
    public IReadOnlyList<Effect> Effects { get; init; } = [];

    public static Turn Say(ChatState state, params Reply[] replies) =>
        new(state, replies.Select(r => (Outgoing)new SendMessage(state.ChatId, r)).ToList());
}
