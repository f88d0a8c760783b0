using HipBot.Core.Chats;
using HipBot.Core.CheckIns;
using HipBot.Core.Reports;
using HipBot.Core.Streaks;
using Microsoft.Data.Sqlite;
using NodaTime;

namespace HipBot.Shell.Storage;

/// <summary>What a turn reads beside the chat (check-ins, outcomes, plans sent) and the records it writes, inside its transaction.</summary>
public sealed class TurnStore(CheckInStore checkIns, OutcomeStore outcomes, PlanStore plans, OutboxStore outbox, ForgetStore forget)
{
    /// <summary>How far back a turn that asks for the weeks sees the chat's days: the stats calendar (five weeks) and a level-up window.</summary>
    public const int DaysLoaded = 40;

    /// <summary>Loads the open days every turn needs and the parts <paramref name="needs"/> asks for.</summary>
    public async Task<ChatContext> LoadContextAsync(
        SqliteConnection connection, SqliteTransaction transaction, StoredChat? chat, Instant now, ContextNeeds needs)
    {
        if (chat is not { State: var state })
        {
            // A chat with no row has no records either.
            return ChatContext.At(now);
        }
        var chatId = state.ChatId;
        needs |= CorrectionWindow.EveryTurnReads(state);
        var today = now.InUtc().Date;
        var weeks = today.PlusDays(-DaysLoaded);
        var correction = today.PlusDays(-CorrectionWindow.Days);
        // Today and yesterday in every zone (a local date is at most a day behind the UTC one); the days a check-in can
        // name, or the weeks before them too, only when asked for.
        var recent = needs.HasFlag(ContextNeeds.RecentWeeks) ? weeks
            : needs.HasFlag(ContextNeeds.CorrectionDays) ? correction
            : today.PlusDays(-2);
        // Everything after the last closed day is loaded too, however long ago, so every open day can close.
        var since = state.Habit.LastClosedDate is { } closed && closed < recent ? closed.PlusDays(1) : recent;
        var days = await checkIns.DaysSinceAsync(connection, transaction, chatId, since);
        var context = new ChatContext(now, new Logbook(days, Gaps(since, weeks, correction)))
        {
            PlannedDates = await plans.PlannedSinceAsync(connection, transaction, chatId, since),
            // Kept on the chat by triggers: nothing to add up.
            TotalReps = chat.TotalReps,
            OutcomesRead = false,
        };
        if (needs.HasFlag(ContextNeeds.LastCheckInDate))
        {
            context = context with { LastCheckInDate = await checkIns.LastWorkDateAsync(connection, transaction, chatId) };
        }
        if (needs.HasFlag(ContextNeeds.LatestCheckIn))
        {
            context = context with { Latest = await checkIns.LatestAsync(connection, transaction, chatId) };
        }
        if (needs.HasFlag(ContextNeeds.PlanLevels))
        {
            // The chat's local date is the core's to compute; a day more than the look-back, from UTC, covers every zone.
            var levelsSince = now.InUtc().Date.PlusDays(-WeeklyProgress.LevelLookbackDays - 1);
            context = context with { PlanLevels = await plans.LevelsSinceAsync(connection, transaction, chatId, levelsSince) };
        }
        if (needs.HasFlag(ContextNeeds.FullRecord))
        {
            context = context with { Record = await checkIns.AllAsync(connection, transaction, chatId) };
        }
        if (needs.HasFlag(ContextNeeds.History) || needs.HasFlag(ContextNeeds.RecentHistory))
        {
            // The closed days a check-in can still correct, the years before as two counts; or every closed day.
            var window = needs.HasFlag(ContextNeeds.History) ? null : CorrectionWindow.Start(state, now);
            var (outcomesRead, earlier) = window is { } from
                ? await outcomes.RecentAsync(connection, transaction, chatId, from)
                : (await outcomes.AllAsync(connection, transaction, chatId), (EarlierDays?)null);
            context = context with { OutcomesRead = true, Outcomes = outcomesRead, Earlier = earlier };
        }
        return context;
    }

    /// <summary>
    /// The days between the weeks' start and <paramref name="since"/> left out of a load, each with the need that loads it:
    /// the correction window's from <paramref name="correction"/>, the weeks' before it. Days before the weeks are read by
    /// no turn that did not ask for every day.
    /// </summary>
    internal static NotLoaded[] Gaps(LocalDate since, LocalDate weeks, LocalDate correction) =>
        [
            .. since > weeks ? [new NotLoaded(weeks, LocalDate.Min(since, correction), ContextNeeds.RecentWeeks)] : Array.Empty<NotLoaded>(),
            .. since > correction ? [new NotLoaded(correction, since, ContextNeeds.CorrectionDays)] : Array.Empty<NotLoaded>(),
        ];

    /// <summary>
    /// Saves a turn's effects; <paramref name="batch"/> (the update id) ties a check-in's rows together for /undo.
    /// Returns false when the turn claimed a plan day that was claimed already: its messages must not go out.
    /// </summary>
    /// <remarks>The turn's own messages are queued after this, so forgetting what was queued never drops them.</remarks>
    public async Task<bool> ApplyAsync(
        SqliteConnection connection, SqliteTransaction transaction, long chatId, long batch, IEnumerable<Effect> effects, Instant now)
    {
        var claimed = true;
        foreach (var effect in effects)
        {
            switch (effect)
            {
                case SaveCheckIn save:
                    await checkIns.AddAsync(connection, transaction, chatId, batch, save, now);
                    break;
                case RemoveCheckIn remove:
                    await checkIns.RemoveAsync(connection, transaction, chatId, remove.Date, remove.Batch);
                    break;
                case SaveOutcome outcome:
                    await outcomes.SaveAsync(connection, transaction, chatId, outcome, now);
                    break;
                case ClaimPlan claim:
                    claimed &= await plans.TryClaimAsync(connection, transaction, chatId, claim.Date, claim.Level, claim.PlanSent, now);
                    break;
                case ForgetQueuedMessages:
                    await outbox.DropPendingAsync(connection, transaction, chatId, "the user blocked the bot");
                    break;
                case ForgetChat:
                    await forget.ForgetAsync(connection, transaction, chatId, batch);
                    break;
                default:
                    throw new ArgumentOutOfRangeException(nameof(effects), effect.GetType().Name, "An effect this store cannot save.");
            }
        }
        return claimed;
    }
}
