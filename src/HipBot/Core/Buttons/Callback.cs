using HipBot.Core.Dialogue;
using HipBot.Core.ReEngagement;
using HipBot.Core.Training;
using NodaTime;

namespace HipBot.Core.Buttons;

/// <summary>
/// What a button press asks for. The set is closed: every button the bot sends is one of these records,
/// and <see cref="CallbackData"/> is the only code that knows how each one is written into a button.
/// </summary>
public abstract record Callback
{
    private protected Callback()
    {
    }
}

// The daily plan and the questions about a check-in. The date travels with the press,
// so a tap on yesterday's message logs yesterday, not today.

/// <summary>"plan:done:2026-11-25"</summary>
public sealed record PlanPress(PlanAction Action, LocalDate Date) : Callback;

// Moving along the ladder.

/// <summary>"level:up"</summary>
public sealed record LevelUp : Callback;

/// <summary>"level:stay"</summary>
public sealed record StayOnLevel : Callback;

/// <summary>"level:down:2", offered after a long break.</summary>
public sealed record RestartAtLevel(int Level) : Callback;

// The re-engagement ladder and breaks.

/// <summary>"why:time": what got in the way.</summary>
public sealed record ObstaclePress(Obstacle Obstacle) : Callback;

/// <summary>"mini:start"</summary>
public sealed record StartMini : Callback;

/// <summary>"mini:no"</summary>
public sealed record DeclineMini : Callback;

/// <summary>"mini:done:2026-11-25"</summary>
public sealed record MiniDone(LocalDate Date) : Callback;

/// <summary>"lower:yes": one level down. It carries no level, so a tap on an old message moves from wherever the user is now.</summary>
public sealed record LowerLevel : Callback;

/// <summary>"lower:no"</summary>
public sealed record KeepLevel : Callback;

/// <summary>"pause:7"</summary>
public sealed record PauseFor(int Days) : Callback;

/// <summary>"remind:change"</summary>
public sealed record ChangeReminderTime : Callback;

// Onboarding and /settings.

/// <summary>A tapped answer to one of the settings questions.</summary>
public abstract record SettingsPick(Question Question) : Callback;

/// <summary>"tz:Europe/Berlin"</summary>
public sealed record PickTimeZone(string Zone) : SettingsPick(Question.TimeZone);

/// <summary>"time:07:00"</summary>
public sealed record PickReminderTime(LocalTime Time) : SettingsPick(Question.ReminderTime);

/// <summary>"days:21", the weekdays as their bit mask.</summary>
public sealed record PickDays(TrainingDays Days) : SettingsPick(Question.TrainingDays);

/// <summary>"band:yes", "band:no"</summary>
public sealed record PickBand(bool HasBand) : SettingsPick(Question.Band);

/// <summary>"confirm:yes" under the summary.</summary>
public sealed record ConfirmSettings : Callback;

/// <summary>"confirm:change" under the summary.</summary>
public sealed record ChangeSomething : Callback;

/// <summary>"set:tz": change one answer.</summary>
public sealed record ChangeSetting(Question Question) : Callback;
