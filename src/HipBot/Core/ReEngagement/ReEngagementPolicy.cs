using HipBot.Core.Breaks;
using HipBot.Core.Buttons;
using HipBot.Core.Messages;
using NodaTime;

namespace HipBot.Core.ReEngagement;

/// <summary>
/// The re-engagement ladder. It exists because hip work is the first thing runners drop once they feel
/// fine, and the next injury sends them back to the start; each rung makes the way back a little smaller.
/// </summary>
public static class ReEngagementPolicy
{
    /// <summary>Misses in a row at which we ask what got in the way: one miss is noise, two is a pattern forming.</summary>
    public const int AskWhyAt = 2;

    /// <summary>About a week of sessions for a three-day schedule: time to shrink the ask, not repeat it.</summary>
    public const int OfferMiniAt = 4;

    /// <summary>If even the mini session did not stick, the level is probably too hard for now.</summary>
    public const int OfferLowerAt = 7;

    /// <summary>Two weeks of daily training or a month of a three-day plan: better a planned break than daily noise.</summary>
    public const int OfferPauseAt = 14;

    public const int CheckInEveryDays = 7;

    /// <summary>A month without a word: one goodbye, then we stop taking up space in their chats.</summary>
    public const int FarewellAfterSilentDays = 30;

    public static ReEngagementDecision Decide(ReEngagementInput input)
    {
        ArgumentNullException.ThrowIfNull(input);
        var silentDays = SilentDays(input);
        var silentLongEnough = silentDays >= FarewellAfterSilentDays;
        // The flag only means something while the silence lasts: once the user wrote, silentDays restarts from zero.
        if (silentLongEnough && input.FarewellSent)
        {
            return ReEngagementDecision.Quiet;
        }

        var usual = input.ConsecutiveMisses >= OfferPauseAt ? ReEngagementDecision.Quiet : ReEngagementDecision.None;
        // Users hear from us on the days they chose; rest days stay free of anything unsolicited.
        if (!input.IsTrainingDay || input.LastUnsolicitedOn == input.Today)
        {
            return usual;
        }
        if (silentLongEnough)
        {
            var bye = Pick(LadderTexts.Farewell, input);
            return new Farewell(new Reply(bye.Text), bye.Key);
        }

        return input.ConsecutiveMisses switch
        {
            1 => Opening(input),
            AskWhyAt => Offer(LadderRung.AskWhy, input),
            OfferMiniAt => Offer(LadderRung.OfferMini, input),
            OfferLowerAt => Offer(input.AtLowestLevel ? LadderRung.OfferMini : LadderRung.OfferLower, input),
            // Days with no plan are neutral, so the run stops growing once the plan stops: what was last said tells the rung.
            >= OfferPauseAt when !AfterPauseOffer(input) => Offer(LadderRung.OfferPause, input),
            >= OfferPauseAt when CheckInDue(input) => Offer(LadderRung.WeeklyCheckIn, input),
            _ => usual,
        };
    }

    /// <summary>
    /// A pause is agreed quiet time, not silence: counting it would send the farewell right after a
    /// four-week pause ends. So silence runs from the later of the user's last word and the pause's end.
    /// </summary>
    private static int SilentDays(ReEngagementInput input)
    {
        var silent = Math.Max(0, input.DaysSinceUserWrote);
        if (input.PauseEndsOn is { } end && end <= input.Today)
        {
            silent = Math.Min(silent, Period.Between(end, input.Today, PeriodUnits.Days).Days);
        }
        return silent;
    }

    /// <summary>The pause was offered (or a weekly check-in sent) already in this run of misses.</summary>
    private static bool AfterPauseOffer(ReEngagementInput input) =>
        input.LastVariantKey is { } key
        && (LadderTexts.OfferPause.Any(v => v.Key == key) || LadderTexts.WeeklyCheckIn.Any(v => v.Key == key));

    private static bool CheckInDue(ReEngagementInput input) =>
        input.LastUnsolicitedOn is not { } last
        || Period.Between(last, input.Today, PeriodUnits.Days).Days >= CheckInEveryDays;

    private static OpeningLine Opening(ReEngagementInput input)
    {
        var line = Pick(LadderTexts.OneMiss, input);
        return new OpeningLine(line.Text, line.Key);
    }

    private static Nudge Offer(LadderRung rung, ReEngagementInput input)
    {
        var (variants, buttons) = rung switch
        {
            LadderRung.AskWhy => (LadderTexts.AskWhy, WhyButtons),
            LadderRung.OfferMini => (LadderTexts.OfferMini, MiniButtons),
            LadderRung.OfferLower => (LadderTexts.OfferLower, LowerButtons),
            LadderRung.OfferPause => (LadderTexts.OfferPause, PauseButtons),
            _ => (LadderTexts.WeeklyCheckIn, CheckInButtons),
        };
        var text = Pick(variants, input);
        return new Nudge(rung, new Reply(text.Text, buttons), text.Key);
    }

    private static TextVariant Pick(IReadOnlyList<TextVariant> variants, ReEngagementInput input) =>
        TextVariant.Pick(variants, input.Today, input.LastVariantKey);

    private static readonly IReadOnlyList<IReadOnlyList<Button>> WhyButtons =
    [
        [Why("No time", Obstacle.NoTime), Why("Sore or hurt", Obstacle.SoreOrHurt)],
        [Why("Forgot", Obstacle.Forgot), Why("Not motivated", Obstacle.NotMotivated)],
    ];

    private static readonly IReadOnlyList<IReadOnlyList<Button>> MiniButtons =
    [
        [CallbackData.Button("Let's do 5 minutes", new StartMini()), CallbackData.Button("Not today", new DeclineMini())],
    ];

    private static readonly IReadOnlyList<IReadOnlyList<Button>> LowerButtons =
    [
        [CallbackData.Button("Yes, one level lower", new LowerLevel()), CallbackData.Button("Keep my level", new KeepLevel())],
    ];

    private static readonly IReadOnlyList<IReadOnlyList<Button>> PauseButtons = [BreakTurns.PauseButtons];

    private static readonly IReadOnlyList<IReadOnlyList<Button>> CheckInButtons =
    [
        [CallbackData.Button("5 minutes now", new StartMini()), CallbackData.Button("Pause 4 weeks", BreakTurns.FourWeeks)],
    ];

    private static Button Why(string text, Obstacle why) => CallbackData.Button(text, new ObstaclePress(why));
}
