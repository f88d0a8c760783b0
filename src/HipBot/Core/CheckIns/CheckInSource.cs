namespace HipBot.Core.CheckIns;

/// <summary>How a check-in reached HipBot: what the export's "how" column says.</summary>
public enum CheckInSource
{
    /// <summary>Typed in the user's own words ("3x20 done"). Check-ins stored before HipBot kept this count as typed.</summary>
    Text = 0,

    /// <summary>A tap on a button under the plan or a question.</summary>
    Button = 1,

    /// <summary>Logged for a day that had already closed: a correction, which can only improve the day.</summary>
    Backfill = 2,
}
