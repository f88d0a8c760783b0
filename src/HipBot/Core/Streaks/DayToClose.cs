using NodaTime;

namespace HipBot.Core.Streaks;

/// <summary>Everything <see cref="DayCloser"/> needs to settle one local calendar day.</summary>
/// <param name="WasPaused">True if the user was paused at any moment of that day, including a pause that began mid-day.</param>
public sealed record DayToClose(LocalDate Date, bool IsTrainingDay, LoggedWork Logged, bool WasPaused);
