using HipBot.Core.Chats;
using HipBot.Core.CheckIns;
using HipBot.Core.Messages;
using HipBot.Core.Training;
using static HipBot.Tests.Support.CoreWorld;

namespace HipBot.Tests.Core.Training;

public class LevelOffersTests
{
    private static IEnumerable<PlannedSession> AllFull(IEnumerable<DayLog> days) => days.Select(d => new PlannedSession(d.Date, true));

    private static Turn Handle(ChatState state, Input input, ChatContext context) => PrivateChat.Handle(state, input, context);

    [Fact]
    public void Six_full_sessions_in_two_weeks_earn_an_offer_to_go_up_or_stay()
    {
        var offer = LevelOffers.Offer(Runner(level: 2), AllFull(FullDaysUpTo(Today, 6)), Today);

        Assert.NotNull(offer);
        var reply = Assert.IsType<SendMessage>(Assert.Single(offer.Out)).Reply;
        Assert.Contains("Ready for level 3? 2 × 20 per side.", reply.Text, StringComparison.Ordinal);
        Assert.Equal(["level:up", "level:stay"], ButtonData(reply));
        Assert.Equal(Today, offer.State.LevelOfferedOn);
    }

    [Fact]
    public void Five_full_sessions_earn_no_offer_yet()
    {
        Assert.Null(LevelOffers.Offer(Runner(), AllFull(FullDaysUpTo(Today, 5)), Today));
    }

    [Fact]
    public void Six_full_sessions_on_a_two_day_week_earn_the_offer_from_the_plans_that_went_out()
    {
        // Tuesdays and Thursdays, every one full: three weeks, where a two-week window would hold only four.
        var twoDays = Runner(days: TrainingDays.Tuesday | TrainingDays.Thursday, lastClosed: Yesterday) with { LevelSince = Today.PlusDays(-30) };
        var context = Context(At(Today.PlusDays(1), 9), [.. new[] { 2, 7, 9, 14, 16 }.Select(back => Full(Today.PlusDays(1 - back)))]);

        var turn = Handle(twoDays, Text("done"), context);

        Assert.Contains("🎉 That's 6 full sessions of your last 7.", LastText(turn.Out), StringComparison.Ordinal);
    }

    [Fact]
    public void Missed_planned_sessions_stand_between_the_full_ones()
    {
        // Six full sessions over the last nine days, with three plans missed among them.
        var days = new[] { 0, 1, 3, 4, 6, 8 }.Select(back => Full(Today.PlusDays(-back))).ToArray();
        var context = Context(TodayAt(9), days);

        var sessions = LevelOffers.Sessions(Runner() with { LevelSince = Today.PlusDays(-30) }, context, Today);

        Assert.Null(LevelOffers.Offer(Runner(), sessions, Today));
    }

    [Fact]
    public void An_offer_comes_at_most_once_a_week()
    {
        var offeredSixDaysAgo = Runner() with { LevelOfferedOn = Today.PlusDays(-6) };
        var offeredAWeekAgo = Runner() with { LevelOfferedOn = Today.PlusDays(-7) };
        var six = AllFull(FullDaysUpTo(Today, 6)).ToList();

        Assert.Null(LevelOffers.Offer(offeredSixDaysAgo, six, Today));
        Assert.NotNull(LevelOffers.Offer(offeredAWeekAgo, six, Today));
    }

    [Fact]
    public void The_top_of_the_ladder_gets_no_offer()
    {
        Assert.Null(LevelOffers.Offer(Runner(level: ProgramLadder.MaxLevel), AllFull(FullDaysUpTo(Today, 14)), Today));
    }

    [Fact]
    public void An_offer_for_a_band_level_says_a_band_is_needed_and_the_button_says_so()
    {
        var offer = LevelOffers.Offer(Runner(level: 4), AllFull(FullDaysUpTo(Today, 6, level: 4)), Today);

        var reply = Assert.IsType<SendMessage>(Assert.Single(offer!.Out)).Reply;
        Assert.Contains("This level uses a resistance band around your thighs.", reply.Text, StringComparison.Ordinal);
        Assert.Equal("🎗 I have a band, let's go", reply.Buttons![0][0].Text);
    }

    [Fact]
    public void Level_up_with_the_record_to_back_it_moves_up_one_level()
    {
        var turn = Handle(Runner(level: 2), Press("level:up"), Context(TodayAt(9), FullDaysUpTo(Today, 6, level: 2)));

        Assert.Equal(3, turn.State.Level);
        Assert.Equal("⬆️ Level 3: 2 × 20 per side. Your next plan has the new numbers.", LastText(turn.Out));
        Assert.Single(turn.Out.OfType<AnswerButton>());
    }

    [Fact]
    public void Level_up_to_the_band_level_records_that_the_user_has_a_band()
    {
        var turn = Handle(Runner(level: 4), Press("level:up"), Context(TodayAt(9), FullDaysUpTo(Today, 6, level: 4)));

        Assert.Equal(5, turn.State.Level);
        Assert.True(turn.State.Settings.HasBand);
    }

    [Fact]
    public void A_forged_level_up_without_the_record_changes_nothing()
    {
        var turn = Handle(Runner(level: 2), Press("level:up"), Context(TodayAt(9), FullDaysUpTo(Today, 5, level: 2)));

        Assert.Equal(2, turn.State.Level);
        Assert.Equal("Not yet: a few more full sessions first.", Toast(turn.Out));
        // The toast vanishes: the answer stays in the chat too.
        Assert.Equal(["Not yet: a few more full sessions first."], Texts(turn.Out));
    }

    [Fact]
    public void Level_up_at_the_top_says_there_is_nowhere_higher()
    {
        var top = ProgramLadder.MaxLevel;

        var turn = Handle(Runner(level: top), Press("level:up"), Context(TodayAt(9), FullDaysUpTo(Today, 6, level: top)));

        Assert.Equal(top, turn.State.Level);
        Assert.Equal("You're at the top of the ladder. Keep it up!", Toast(turn.Out));
    }

    [Fact]
    public void Stay_keeps_the_level_and_says_so()
    {
        var turn = Handle(Runner(level: 2), Press("level:stay"), Context(TodayAt(9)));

        Assert.Equal(2, turn.State.Level);
        Assert.Equal("Staying on level 2. I'll ask again in a while.", Toast(turn.Out));
    }

    [Theory]
    [InlineData("level:down:2", 2)]
    [InlineData("level:down:1", 1)]
    public void Restarting_one_or_two_levels_lower_is_honoured(string data, int expected)
    {
        var turn = Handle(Runner(level: 3), Press(data), Context(TodayAt(9)));

        Assert.Equal(expected, turn.State.Level);
        Assert.StartsWith($"Level {expected} it is:", LastText(turn.Out), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("level:down:1")]
    [InlineData("level:down:4")]
    [InlineData("level:down:5")]
    [InlineData("level:down:0")]
    [InlineData("level:down:-1")]
    [InlineData("level:down:")]
    [InlineData("level:down:1.5")]
    [InlineData("level:down:99999999999999999999")]
    public void A_forged_restart_level_that_is_not_one_or_two_below_changes_nothing(string data)
    {
        var turn = Handle(Runner(level: 4), Press(data), Context(TodayAt(9)));

        Assert.Equal(4, turn.State.Level);
        Assert.Equal("You're on the right level already.", Toast(turn.Out));
    }

    [Fact]
    public void Tapping_level_up_twice_moves_up_only_one_level()
    {
        var context = Context(TodayAt(9), FullDaysUpTo(Today, 6, level: 2));
        var once = Handle(Runner(level: 2), Press("level:up"), context);

        var twice = Handle(once.State, Press("level:up"), context);

        Assert.Equal(3, twice.State.Level);
    }

    [Fact]
    public void After_a_level_up_one_session_at_the_new_level_does_not_bring_another_offer()
    {
        // Six full sessions at level 2 up to a week ago, when the offer came and was taken; today the first full one at level 3.
        var leveledUp = Runner(level: 3) with { LevelOfferedOn = Today.PlusDays(-7), LevelSince = Today.PlusDays(-7) };
        var context = Context(TodayAt(9), FullDaysUpTo(Today.PlusDays(-7), 6, level: 2));

        var turn = Handle(leveledUp, Text("done"), context);

        Assert.Single(Texts(turn.Out));
        Assert.Equal(Today.PlusDays(-7), turn.State.LevelOfferedOn);
    }
}
