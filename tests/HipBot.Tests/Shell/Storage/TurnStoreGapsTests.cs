using HipBot.Core.Chats;
using HipBot.Core.CheckIns;
using HipBot.Shell.Storage;
using NodaTime;

namespace HipBot.Tests.Shell.Storage;

/// <summary>Which days a turn's load leaves out, and what it asks for to have them.</summary>
public class TurnStoreGapsTests
{
    private static readonly LocalDate Today = new(2026, 11, 25);
    private static readonly LocalDate Weeks = Today.PlusDays(-TurnStore.DaysLoaded);
    private static readonly LocalDate Correction = Today.PlusDays(-11);

    [Fact]
    public void An_ordinary_load_leaves_out_the_correction_days_then_the_weeks() =>
        Assert.Equal(
            [new NotLoaded(Weeks, Correction, ContextNeeds.RecentWeeks), new NotLoaded(Correction, Today.PlusDays(-2), ContextNeeds.CorrectionDays)],
            TurnStore.Gaps(Today.PlusDays(-2), Weeks, Correction));

    [Fact]
    public void A_load_of_the_correction_days_leaves_out_only_the_weeks() =>
        Assert.Equal([new NotLoaded(Weeks, Correction, ContextNeeds.RecentWeeks)], TurnStore.Gaps(Correction, Weeks, Correction));

    [Fact]
    public void A_load_of_the_weeks_leaves_out_nothing() =>
        Assert.Empty(TurnStore.Gaps(Weeks, Weeks, Correction));

    [Fact]
    public void Open_days_inside_the_correction_window_shorten_its_gap() =>
        Assert.Equal(
            [new NotLoaded(Weeks, Correction, ContextNeeds.RecentWeeks), new NotLoaded(Correction, Today.PlusDays(-5), ContextNeeds.CorrectionDays)],
            TurnStore.Gaps(Today.PlusDays(-5), Weeks, Correction));

    [Fact]
    public void Open_days_from_before_the_correction_window_leave_out_only_the_weeks_before_them() =>
        Assert.Equal([new NotLoaded(Weeks, Today.PlusDays(-20), ContextNeeds.RecentWeeks)], TurnStore.Gaps(Today.PlusDays(-20), Weeks, Correction));
}
