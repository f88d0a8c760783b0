using System.Globalization;
using NodaTime;
using NodaTime.Text;

namespace HipBot.Core.Reports;

/// <summary>Invariant English date words, so the reports read the same on every server.</summary>
internal static class DateText
{
    private static readonly LocalDatePattern DayMonth = LocalDatePattern.Create("d MMM", CultureInfo.InvariantCulture);

    private static readonly LocalDatePattern DayMonthYear = LocalDatePattern.Create("d MMM yyyy", CultureInfo.InvariantCulture);

    /// <summary>"3 Dec".</summary>
    public static string Short(LocalDate date) => DayMonth.Format(date);

    /// <summary>"3 Dec 2026".</summary>
    public static string Long(LocalDate date) => DayMonthYear.Format(date);

    /// <summary>"Tue".</summary>
    public static string Weekday(LocalDate date) => date.DayOfWeek.ToString()[..3];
}
