using HipBot.Core.Groups;
using HipBot.Core.ReEngagement;
using HipBot.Core.Setup;
using HipBot.Core.Training;
using NodaTime;

namespace HipBot.Core.Buttons;

/// <summary>
/// What a button press asks for. The set is closed: every button the bot sends carries one of these,
/// and only <see cref="CallbackData"/> knows how each is written into a button.
/// </summary>
public abstract record Callback
{
    private protected Callback()
    {
    }
}

// The daily plan and the question about a check-in.

/// <summary>The date travels with the press, so a tap on yesterday's message logs yesterday, not today.</summary>
public sealed record PlanPress(PlanAction Action, LocalDate Date) : Callback;

// Moving along the ladder.

public sealed record LevelUp : Callback;

public sealed record StayOnLevel : Callback;

/// <summary>The easier restart offered after a long break.</summary>
public sealed record RestartAtLevel(int Level) : Callback;

// The re-engagement ladder and breaks.

public sealed record ObstaclePress(Obstacle Obstacle) : Callback;

public sealed record StartMini : Callback;

public sealed record DeclineMini : Callback;

/// <summary>Dated like a plan press, so a mini session counts on the day it was offered.</summary>
public sealed record MiniDone(LocalDate Date) : Callback;

/// <summary>One level down. It carries no level, so a tap on an old message moves from wherever the user is now.</summary>
public sealed record LowerLevel : Callback;

public sealed record KeepLevel : Callback;

public sealed record PauseFor(int Days) : Callback;

public sealed record ChangeReminderTime : Callback;

/// <summary>"Today's exercises now" under a welcome back: the way back in one tap. Dated, so an old one is not today's.</summary>
public sealed record PlanNow(LocalDate Date) : Callback;
// /undo of a check-in on a closed day.

/// <summary>Confirms undoing the check-in stored under <paramref name="Batch"/>; refused if another came since.</summary>
public sealed record ConfirmUndo(long Batch) : Callback;

/// <summary>Keeps the check-in /undo asked about.</summary>
public sealed record KeepCheckIn : Callback;

// /deleteme.

/// <summary>Confirms /deleteme: everything about the chat goes.</summary>
public sealed record ForgetEverything : Callback;

/// <summary>Declines /deleteme: nothing changes.</summary>
public sealed record KeepEverything : Callback;

// Onboarding and /settings.

/// <summary>A tapped answer to one of the settings questions.</summary>
public abstract record SettingsPick(Question Question) : Callback;

public sealed record PickTimeZone(string Zone) : SettingsPick(Question.TimeZone);

public sealed record PickReminderTime(LocalTime Time) : SettingsPick(Question.ReminderTime);

public sealed record PickDays(TrainingDays Days) : SettingsPick(Question.TrainingDays);

/// <summary>"N times a week, any days".</summary>
public sealed record PickWeekly(int Times) : SettingsPick(Question.TrainingDays);

public sealed record PickBand(bool HasBand) : SettingsPick(Question.Band);

/// <summary>"Looks good" under the summary of answers.</summary>
public sealed record ConfirmSettings : Callback;

/// <summary>"Change something" under the summary of answers.</summary>
public sealed record ChangeSomething : Callback;

/// <summary>Changes one answer, from /settings or the summary.</summary>
public sealed record ChangeSetting(Question Question) : Callback;

// Group challenges. Anyone in a group can press any button there, and any data can be forged: every press is
// authorized anew (getChatMember for admin actions), never trusted for being on a message.

/// <summary>[Join] under the daily post.</summary>
public sealed record JoinChallenge : Callback;

/// <summary>[Done today] under the daily post: logs the presser's own prescription for their own local day.</summary>
public sealed record DoneToday : Callback;

/// <summary>[Set up a challenge] on the card the bot posts when it is added to a group.</summary>
public sealed record SetUpChallenge : Callback;

/// <summary>One choice on the setup card in an admin's private chat, for the group it names.</summary>
public sealed record SetupPick(long GroupId, SetupField Field, int Value) : Callback;

/// <summary>[Start the challenge] under the setup card.</summary>
public sealed record StartChallenge(long GroupId) : Callback;

/// <summary>The roster of a group, in an admin's private chat.</summary>
public sealed record RosterView(long GroupId) : Callback;

public sealed record RosterMember(long GroupId, long UserId) : Callback;

public sealed record RosterRemove(long GroupId, long UserId) : Callback;

/// <summary>Marks the member's session on <paramref name="Date"/> (their local date) as done; the member is told.</summary>
public sealed record RosterCorrect(long GroupId, long UserId, LocalDate Date) : Callback;

public sealed record PauseGroupWeek(long GroupId) : Callback;

/// <summary>Ends the challenge; the first press asks, the second (<paramref name="Confirmed"/>) does it.</summary>
public sealed record EndChallenge(long GroupId, bool Confirmed) : Callback;
