namespace HipBot.Core.Groups;

/// <summary>What a choice on the setup card changes.</summary>
public enum SetupField
{
    /// <summary>The start date, as days after the admin's today (0 today, 1 tomorrow, up to 14).</summary>
    Start,

    /// <summary>The length in weeks.</summary>
    Weeks,

    /// <summary>The hour of the daily post, on the group's clock.</summary>
    PostHour,

    /// <summary>0: names on the board; 1: counts only.</summary>
    Visibility,
}
