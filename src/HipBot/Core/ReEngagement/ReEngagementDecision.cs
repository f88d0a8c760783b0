using HipBot.Core.Messages;


namespace HipBot.Core.ReEngagement;

/// <summary>What to do for one user at their reminder time today.</summary>
public abstract record ReEngagementDecision
{
    /// <summary>Whether the regular plan still goes out today (on a training day). False once we have gone quiet.</summary>
    public abstract bool SendsPlan { get; }

    /// <summary>No ladder message today; the regular plan goes out as usual.</summary>
    public static ReEngagementDecision None { get; } = new NoNudge();

    /// <summary>Nothing at all today, not even the plan.</summary>
    public static ReEngagementDecision Quiet { get; } = new StayQuiet();
}

public sealed record NoNudge : ReEngagementDecision
{
    public override bool SendsPlan => true;
}

public sealed record StayQuiet : ReEngagementDecision
{
    public override bool SendsPlan => false;
}

/// <summary>One light line to put at the top of today's plan; not a message of its own.</summary>
public sealed record OpeningLine(string Text, string VariantKey) : ReEngagementDecision
{
    public override bool SendsPlan => true;
}

/// <summary>A separate message at the reminder time.</summary>
public sealed record Nudge(LadderRung Rung, Reply Message, string VariantKey) : ReEngagementDecision
{
    // From the pause offer on, a daily plan would just pile up unread.
    public override bool SendsPlan => Rung is not (LadderRung.OfferPause or LadderRung.WeeklyCheckIn);
}

/// <summary>The last message after a long silence; after it, nothing until the user writes.</summary>
public sealed record Farewell(Reply Message, string VariantKey) : ReEngagementDecision
{
    public override bool SendsPlan => false;
}
