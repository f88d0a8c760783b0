using NodaTime;

namespace HipBot.Core.Reports;

/// <param name="Days">Any days; only the last <see cref="HistoryReport.Days"/> up to today are shown, and missing dates read as rest days.</param>
public sealed record HistoryInput(LocalDate Today, IReadOnlyList<HistoryDay> Days);
