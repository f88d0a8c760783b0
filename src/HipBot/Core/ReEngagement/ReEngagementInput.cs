using HipBot.Core.Streaks;
using NodaTime;

namespace HipBot.Core.ReEngagement;

/// <summary>One user's situation on one local day, at their reminder time.</summary>
/// <param name="ConsecutiveMisses">Missed training days in a row, counted over closed days only (see <see cref="StreakRules.TrailingMisses"/>).</param>
/// <param name="DaysSinceUserWrote">Calendar days since the user last sent anything, a button tap included.</param>
/// <param name="LastUnsolicitedOn">Local date of the last ladder message, check-in or farewell we sent (the regular plan does not count: the user asked for it).</param>
/// <param name="LastVariantKey">Key of the last text variant used, so the next one differs.</param>
/// <param name="PauseEndsOn">First day back after a pause (exclusive end), if a pause was set.</param>
/// <param name="FarewellSent">Whether the farewell went out during the current silence.</param>
/// <param name="AtLowestLevel">Whether there is no lower level to offer; then the seven-miss rung offers the mini session instead.</param>
public sealed record ReEngagementInput(
    LocalDate Today,
    bool IsTrainingDay,
    int ConsecutiveMisses,
    int DaysSinceUserWrote,
    LocalDate? LastUnsolicitedOn,
    string? LastVariantKey,
    LocalDate? PauseEndsOn,
    bool FarewellSent,
    bool AtLowestLevel = false);
