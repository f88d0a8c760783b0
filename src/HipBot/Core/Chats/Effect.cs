using HipBot.Core.CheckIns;
using HipBot.Core.Streaks;
using NodaTime;

namespace HipBot.Core.Chats;

/// <summary>A record the shell saves, in the same transaction as the chat's new state and its messages.</summary>
public abstract record Effect;

/// <summary>One check-in: the entries to add to a local day, or a rest-day mark, and how it came in.</summary>
public sealed record SaveCheckIn(LocalDate Date, IReadOnlyList<ExerciseLog> Entries, bool Skipped, CheckInSource Source) : Effect;

/// <summary>/undo: the check-in with this batch, logged for that day, goes.</summary>
public sealed record RemoveCheckIn(LocalDate Date, long Batch) : Effect;

/// <summary>How a closed training day ended, recorded once, or corrected by a late check-in.</summary>
public sealed record SaveOutcome(LocalDate Date, DayOutcome Outcome) : Effect;

/// <summary>
/// The scheduler handled this training day (its plan went out, or the ladder held it back on purpose), at this level.
/// One claim per chat and local date: when the day was claimed already (a restart, a zone change back and forth),
/// the turn's messages are not sent, so no day ever gets two plans. <paramref name="PlanSent"/>: the plan itself went out
/// (not only a nudge); <paramref name="Late"/>: it went out late enough to say so (downtime).
/// </summary>
public sealed record ClaimPlan(LocalDate Date, int Level, bool PlanSent = false, bool Late = false) : Effect;

/// <summary>The user cannot be reached (they blocked the bot): nothing still queued for them goes out.</summary>
public sealed record ForgetQueuedMessages : Effect;

/// <summary>
/// /deleteme, confirmed: every record of the chat goes (its state, check-ins, outcomes, plans, queued and sent messages,
/// and the stored updates up to the one being handled). It comes last among a turn's effects, and the turn's own
/// messages are queued after it, so the goodbye is the one thing left, and it goes once sent (<see cref="Messages.LastMessage"/>).
/// </summary>
public sealed record ForgetChat : Effect;
