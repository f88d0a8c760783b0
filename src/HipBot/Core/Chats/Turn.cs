using HipBot.Core.Messages;
using NodaTime;

namespace HipBot.Core.Chats;

/// <summary>
/// The result of one step of the core, whoever started it (a user's update, the scheduler): the chat's new state,
/// what to send, and what to record. The shell commits all three in one transaction.
/// </summary>
public sealed record Turn(ChatState State, IReadOnlyList<Outgoing> Out)
{
    public IReadOnlyList<Effect> Effects { get; init; } = [];

    /// <summary>The training day this turn handled for the scheduler (a plan sent, or held back on purpose), if any.</summary>
    public LocalDate? PlanDate => Effects.OfType<ClaimPlan>().FirstOrDefault()?.Date;

    public static Turn Say(ChatState state, params Reply[] replies) =>
        new(state, replies.Select(r => (Outgoing)new SendMessage(state.ChatId, r)).ToList());
}
