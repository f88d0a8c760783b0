using HipBot.Messaging;

namespace HipBot.Chats;

/// <summary>The result of handling one input: the chat's new state and what to send.</summary>
public sealed record Turn(ChatState State, IReadOnlyList<Outgoing> Out)
{
    public static Turn Say(ChatState state, params Reply[] replies) =>
        new(state, replies.Select(r => (Outgoing)new SendMessage(state.ChatId, r)).ToList());
}
