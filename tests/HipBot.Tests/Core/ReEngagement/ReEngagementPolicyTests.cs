using System.Text;
using HipBot.Core.Messages;
using HipBot.Core.ReEngagement;
using HipBot.Core.Streaks;
using HipBot.Core.Training;
using NodaTime;

namespace HipBot.Tests.Core.ReEngagement;

public class ReEngagementPolicyTests
{
    private static readonly LocalDate Monday = new(2025, 11, 24);

    private static ReEngagementInput Input(int misses = 0, LocalDate? today = null) =>
        new(today ?? Monday, IsTrainingDay: true, ConsecutiveMisses: misses, DaysSinceUserWrote: 3,
            LastUnsolicitedOn: null, LastVariantKey: null, PauseEndsOn: null, FarewellSent: false);

    private static IEnumerable<string> Data(Reply reply) => (reply.Buttons ?? []).SelectMany(row => row).Select(b => b.Data);

    [Fact]
    public void No_misses_means_just_the_usual_plan()
    {
        var decision = ReEngagementPolicy.Decide(Input(0));
        Assert.Same(ReEngagementDecision.None, decision);
        Assert.True(decision.SendsPlan);
    }

    [Fact]
    public void One_miss_opens_todays_plan_with_a_light_line_instead_of_a_message()
    {
        var line = Assert.IsType<OpeningLine>(ReEngagementPolicy.Decide(Input(1)));
        Assert.True(line.SendsPlan);
        Assert.False(string.IsNullOrWhiteSpace(line.Text));
        Assert.StartsWith("miss1.", line.VariantKey, StringComparison.Ordinal);
    }

    [Fact]
    public void Two_misses_in_a_row_ask_what_got_in_the_way()
    {
        var nudge = Assert.IsType<Nudge>(ReEngagementPolicy.Decide(Input(2)));
        Assert.Equal(LadderRung.AskWhy, nudge.Rung);
        Assert.Equal(["why:time", "why:sore", "why:forgot", "why:motivation"], Data(nudge.Message));
        Assert.True(nudge.SendsPlan);
    }

    [Theory]
    [InlineData(3)]
    [InlineData(5)]
    [InlineData(6)]
    [InlineData(8)]
    [InlineData(13)]
    public void Between_rungs_the_plan_goes_out_with_nothing_extra(int misses) =>
        Assert.Same(ReEngagementDecision.None, ReEngagementPolicy.Decide(Input(misses)));

    [Fact]
    public void Four_misses_offer_a_five_minute_mini_session()
    {
        var nudge = Assert.IsType<Nudge>(ReEngagementPolicy.Decide(Input(4)));
        Assert.Equal(LadderRung.OfferMini, nudge.Rung);
        Assert.Equal(["mini:start", "mini:no"], Data(nudge.Message));
        Assert.Contains("5-minute", nudge.Message.Text.Replace("Five minutes", "5-minute", StringComparison.Ordinal), StringComparison.Ordinal);
    }

    [Fact]
    public void Seven_misses_offer_to_restart_one_level_lower()
    {
        var nudge = Assert.IsType<Nudge>(ReEngagementPolicy.Decide(Input(7)));
        Assert.Equal(LadderRung.OfferLower, nudge.Rung);
        Assert.Equal(["lower:yes", "lower:no"], Data(nudge.Message));
    }

    [Fact]
    public void Seven_misses_at_the_lowest_level_offer_the_mini_session_instead()
    {
        var nudge = Assert.IsType<Nudge>(ReEngagementPolicy.Decide(Input(7) with { AtLowestLevel = true }));
        Assert.Equal(LadderRung.OfferMini, nudge.Rung);
    }

    [Fact]
    public void Fourteen_misses_offer_a_pause_with_an_end_date_and_stop_the_daily_plan()
    {
        var nudge = Assert.IsType<Nudge>(ReEngagementPolicy.Decide(Input(14)));
        Assert.Equal(LadderRung.OfferPause, nudge.Rung);
        Assert.Equal(["pause:7", "pause:14", "pause:28"], Data(nudge.Message));
        Assert.False(nudge.SendsPlan);
    }

    [Fact]
    public void After_the_pause_offer_only_a_weekly_check_in_goes_out()
    {
        // A daily trainer who never comes back but keeps the chat open (wrote 10 days ago, so no farewell).
        var sent = new List<LocalDate>();
        LocalDate? last = null;
        string? lastKey = null;
        var start = Monday;
        for (var day = 0; day < 43; day++)
        {
            var today = start.PlusDays(day);
            var input = Input(14 + day, today) with { LastUnsolicitedOn = last, LastVariantKey = lastKey, DaysSinceUserWrote = 10 };
            var decision = ReEngagementPolicy.Decide(input);
            Assert.False(decision.SendsPlan);
            if (decision is Nudge nudge)
            {
                sent.Add(today);
                last = today;
                lastKey = nudge.VariantKey;
                Assert.Equal(day == 0 ? LadderRung.OfferPause : LadderRung.WeeklyCheckIn, nudge.Rung);
            }
        }
        Assert.Equal([0, 7, 14, 21, 28, 35, 42], sent.Select(d => Period.Between(start, d, PeriodUnits.Days).Days));
    }

    [Fact]
    public void Days_without_a_plan_leave_the_run_at_fourteen_and_the_weekly_check_in_still_comes()
    {
        // After the pause offer no plan goes out, so no more misses pile up: the run stays at fourteen.
        var sent = new List<LadderRung>();
        LocalDate? last = null;
        string? lastKey = null;
        for (var day = 0; day < 15; day++)
        {
            var today = Monday.PlusDays(day);
            var decision = ReEngagementPolicy.Decide(Input(14, today) with { LastUnsolicitedOn = last, LastVariantKey = lastKey, DaysSinceUserWrote = 10 });
            if (decision is Nudge nudge)
            {
                sent.Add(nudge.Rung);
                (last, lastKey) = (today, nudge.VariantKey);
            }
        }
        Assert.Equal([LadderRung.OfferPause, LadderRung.WeeklyCheckIn, LadderRung.WeeklyCheckIn], sent);
    }

    [Fact]
    public void The_weekly_check_in_waits_for_a_training_day()
    {
        // Trains Monday and Thursday; last check-in was a Thursday.
        var schedule = TrainingDays.Monday | TrainingDays.Thursday;
        var lastThursday = new LocalDate(2025, 11, 20);
        var sent = new List<LocalDate>();
        LocalDate? last = lastThursday;
        for (var today = lastThursday.PlusDays(1); today <= lastThursday.PlusDays(21); today = today.PlusDays(1))
        {
            var input = Input(20, today) with { IsTrainingDay = schedule.Includes(today), LastUnsolicitedOn = last, LastVariantKey = "checkin.a", DaysSinceUserWrote = 5 };
            if (ReEngagementPolicy.Decide(input) is Nudge)
            {
                sent.Add(today);
                last = today;
            }
        }
        Assert.Equal([new LocalDate(2025, 11, 27), new LocalDate(2025, 12, 4), new LocalDate(2025, 12, 11)], sent);
    }

    [Fact]
    public void A_one_day_a_week_runner_is_asked_why_after_two_missed_sundays()
    {
        var sunday = new LocalDate(2025, 11, 2);
        var history = new[] { (sunday, DayOutcome.Done), (sunday.PlusWeeks(1), DayOutcome.Missed), (sunday.PlusWeeks(2), DayOutcome.Missed) };
        var input = Input(StreakRules.TrailingMisses(history), sunday.PlusWeeks(3)) with { DaysSinceUserWrote = 21 };

        var nudge = Assert.IsType<Nudge>(ReEngagementPolicy.Decide(input));

        Assert.Equal(LadderRung.AskWhy, nudge.Rung);
    }

    [Theory]
    [InlineData(1)]
    [InlineData(2)]
    [InlineData(4)]
    [InlineData(7)]
    [InlineData(14)]
    public void Never_more_than_one_unsolicited_message_a_day(int misses)
    {
        var decision = ReEngagementPolicy.Decide(Input(misses) with { LastUnsolicitedOn = Monday });
        Assert.True(decision is NoNudge or StayQuiet);
    }

    [Fact]
    public void Nothing_unsolicited_goes_out_on_a_rest_day() =>
        Assert.Same(ReEngagementDecision.None, ReEngagementPolicy.Decide(Input(2) with { IsTrainingDay = false }));

    [Fact]
    public void A_pause_whose_end_date_has_come_no_longer_silences_the_ladder()
    {
        var input = Input(1) with { PauseEndsOn = Monday };
        Assert.IsType<OpeningLine>(ReEngagementPolicy.Decide(input));
    }

    [Fact]
    public void After_thirty_silent_days_one_friendly_farewell_goes_out()
    {
        var farewell = Assert.IsType<Farewell>(ReEngagementPolicy.Decide(Input(20) with { DaysSinceUserWrote = 30 }));
        Assert.Null(farewell.Message.Buttons);
        Assert.False(farewell.SendsPlan);
        Assert.Same(ReEngagementDecision.None, ReEngagementPolicy.Decide(Input(3) with { DaysSinceUserWrote = 29 }));
    }

    [Fact]
    public void The_farewell_goes_out_once_and_then_nothing_until_the_user_writes()
    {
        for (var day = 1; day <= 120; day++)
        {
            var input = Input(20 + day, Monday.PlusDays(day)) with
            {
                DaysSinceUserWrote = 30 + day,
                FarewellSent = true,
                LastUnsolicitedOn = Monday,
            };
            Assert.Same(ReEngagementDecision.Quiet, ReEngagementPolicy.Decide(input));
        }
    }

    [Fact]
    public void Once_the_user_writes_after_the_farewell_the_ladder_starts_again()
    {
        var input = Input(1) with { DaysSinceUserWrote = 0, FarewellSent = true, LastUnsolicitedOn = Monday.PlusDays(-10) };
        Assert.IsType<OpeningLine>(ReEngagementPolicy.Decide(input));
    }

    [Fact]
    public void Time_on_a_pause_does_not_count_as_silence()
    {
        // Paused for four weeks, back three days ago: 31 days since they last wrote, but no farewell.
        var input = Input(1) with { DaysSinceUserWrote = 31, PauseEndsOn = Monday.PlusDays(-3) };
        Assert.IsType<OpeningLine>(ReEngagementPolicy.Decide(input));
    }

    [Theory]
    [InlineData(1)]
    [InlineData(2)]
    [InlineData(4)]
    [InlineData(7)]
    [InlineData(14)]
    [InlineData(15)]
    public void Rotation_never_uses_the_same_words_twice_in_a_row(int misses)
    {
        string? lastKey = null;
        var keys = new HashSet<string>(StringComparer.Ordinal);
        for (var day = 0; day < 120; day++)
        {
            var input = Input(misses, Monday.PlusDays(day)) with { LastVariantKey = lastKey, DaysSinceUserWrote = 1 };
            var key = KeyOf(ReEngagementPolicy.Decide(input));
            Assert.NotEqual(lastKey, key);
            keys.Add(key);
            lastKey = key;
        }
        Assert.True(keys.Count > 1);
    }

    [Fact]
    public void The_same_day_always_gets_the_same_words() =>
        Assert.Equal(ReEngagementPolicy.Decide(Input(2)), ReEngagementPolicy.Decide(Input(2)));

    [Fact]
    public void Every_ladder_button_fits_telegrams_64_byte_callback_limit()
    {
        foreach (var misses in new[] { 2, 4, 7, 14, 15 })
        {
            var nudge = Assert.IsType<Nudge>(ReEngagementPolicy.Decide(Input(misses)));
            Assert.All(Data(nudge.Message), data => Assert.InRange(Encoding.UTF8.GetByteCount(data), 1, 64));
        }
    }

    [Fact]
    public void No_ladder_text_scolds()
    {
        var texts = new List<string>();
        foreach (var misses in new[] { 1, 2, 4, 7, 14, 15 })
        {
            for (var day = 0; day < 7; day++)
            {
                var decision = ReEngagementPolicy.Decide(Input(misses, Monday.PlusDays(day)) with { DaysSinceUserWrote = 1 });
                texts.Add(decision switch { OpeningLine l => l.Text, Nudge n => n.Message.Text, _ => string.Empty });
            }
        }
        texts.Add(Assert.IsType<Farewell>(ReEngagementPolicy.Decide(Input(20) with { DaysSinceUserWrote = 40 })).Message.Text);
        foreach (var word in new[] { "should", "fail", "lazy", "disappoint", "again?", "!!" })
        {
            Assert.DoesNotContain(texts, t => t.Contains(word, StringComparison.OrdinalIgnoreCase));
        }
    }

    [Fact]
    public void A_returning_user_is_welcomed_without_a_tally_of_what_they_missed()
    {
        foreach (var days in new[] { 0, 2, 5, 13, 20, 45, 59, 60, 400 })
        {
            var text = WelcomeBack.Text(days);
            Assert.StartsWith("Welcome back!", text.Replace("Good to see you!", "Welcome back!", StringComparison.Ordinal), StringComparison.Ordinal);
            Assert.DoesNotContain("miss", text, StringComparison.OrdinalIgnoreCase);
            Assert.DoesNotContain(days.ToString(System.Globalization.CultureInfo.InvariantCulture), text, StringComparison.Ordinal);
        }
        Assert.NotEqual(WelcomeBack.Text(1), WelcomeBack.Text(90));
    }

    private static string KeyOf(ReEngagementDecision decision) => decision switch
    {
        OpeningLine line => line.VariantKey,
        Nudge nudge => nudge.VariantKey,
        Farewell bye => bye.VariantKey,
        _ => throw new InvalidOperationException($"No text in {decision}"),
    };
}
