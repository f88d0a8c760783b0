namespace HipBot.Core.Chats;

/// <summary>
/// A turn reached for a part of the chat's records the shell did not load (<see cref="ContextNeeds"/>). The shell loads
/// it and runs the same pure step again, so the answer is the one a full load would have given; only the turns that
/// need the part (the day a session completes, for the level-up rule) pay for reading it.
/// </summary>
/// <remarks>
/// An exception rather than a result, because the read can happen deep inside any step of a turn: every reader of the
/// missing days stops here, and none can go on with days it was not given and answer something wrong.
/// </remarks>
public sealed class MissingContext(ContextNeeds needs)
    : InvalidOperationException($"The turn needs {needs}, which the shell did not load; it loads it and runs the turn again.")
{
    public ContextNeeds Needs { get; } = needs;
}
