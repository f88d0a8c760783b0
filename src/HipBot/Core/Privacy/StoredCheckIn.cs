using HipBot.Core.CheckIns;
using HipBot.Core.Training;
using NodaTime;

namespace HipBot.Core.Privacy;

/// <summary>One stored check-in row, as the user's export shows it.</summary>
/// <param name="Exercise">Null for a rest-day mark, which carries no counts.</param>
/// <param name="LoggedAt">When HipBot stored it (the business clock).</param>
public sealed record StoredCheckIn(
    LocalDate Date, Exercise? Exercise, int Sets, int RepsPerSide, Side Side, bool Skipped, Instant LoggedAt, CheckInSource Source);
