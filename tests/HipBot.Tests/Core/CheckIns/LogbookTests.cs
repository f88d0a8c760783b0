using HipBot.Core.Chats;
using HipBot.Core.CheckIns;
using HipBot.Core.Training;
using NodaTime;

namespace HipBot.Tests.Core.CheckIns;

public class LogbookTests
{
    private static readonly LocalDate Today = new(2026, 11, 24);

    private static readonly Logbook Recent = new(
        new Dictionary<LocalDate, DayLog> { [Today] = new(Today) { Entries = [new ExerciseLog(Exercise.Clamshell, 2, 20, IsFull: true)] } },
        new NotLoaded(Today.PlusDays(-40), Today.PlusDays(-11), ContextNeeds.RecentWeeks),
        new NotLoaded(Today.PlusDays(-11), Today.PlusDays(-9), ContextNeeds.CorrectionDays));

    [Fact]
    public void A_day_that_was_loaded_reads_as_logged_and_one_without_rows_as_empty()
    {
        Assert.Single(Recent.For(Today).Entries);
        Assert.True(Recent.For(Today.PlusDays(-9)).IsEmpty);
    }

    [Theory]
    [InlineData(-10, ContextNeeds.CorrectionDays)]
    [InlineData(-11, ContextNeeds.CorrectionDays)]
    [InlineData(-12, ContextNeeds.RecentWeeks)]
    [InlineData(-40, ContextNeeds.RecentWeeks)]
    public void A_day_the_shell_left_out_asks_for_the_load_that_has_it_instead_of_reading_as_empty(int back, ContextNeeds needs) =>
        Assert.Equal(needs, Assert.Throws<MissingContext>(() => Recent.For(Today.PlusDays(back))).Needs);

    [Fact]
    public void Whether_a_left_out_days_plan_went_out_is_not_answered_either()
    {
        var context = new ChatContext(Instant.FromUtc(2026, 11, 24, 12, 0), Recent) { PlannedDates = new HashSet<LocalDate> { Today.PlusDays(-10) } };

        Assert.Throws<MissingContext>(() => context.WasPlanned(Today.PlusDays(-10)));
        Assert.False(context.WasPlanned(Today.PlusDays(-1)));
    }

    [Fact]
    public void A_day_before_any_load_reads_as_empty_as_before() =>
        Assert.True(Recent.For(Today.PlusDays(-41)).IsEmpty);
}
