using System.Globalization;
using HipBot.Core.Chats;
using HipBot.Core.Messages;
using HipBot.Core.Reports;

namespace HipBot.Core.Privacy;

/// <summary>/export: the user's whole record as two files in the chat, each in one piece however long the history.</summary>
public static class ExportTurns
{
    public const string NothingYet =
        "There's nothing to export yet: you haven't logged anything. Once you have, /export sends every check-in and " +
        "how every training day ended as files any spreadsheet opens.";

    /// <param name="context">Loaded with <see cref="ContextNeeds.FullRecord"/> and <see cref="ContextNeeds.History"/>.</param>
    public static Turn Export(ChatState state, ChatContext context)
    {
        var record = context.Record ?? [];
        if (record.Count == 0 && context.Outcomes.Count == 0)
        {
            return Turn.Say(state, new Reply(NothingYet));
        }
        var today = context.Day?.Today ?? context.Now.InUtc().Date;
        var checkIns = record.Count == 0
            ? "Your check-ins: none yet."
            : string.Create(CultureInfo.InvariantCulture,
                $"Your check-ins: {record.Count:N0} {(record.Count == 1 ? "row" : "rows")}, {Span(record.Min(c => c.Date), record.Max(c => c.Date))}. Opens in any spreadsheet.");
        var days = context.Outcomes.Count == 1 ? "1 day" : string.Create(CultureInfo.InvariantCulture, $"{context.Outcomes.Count:N0} days");
        var outcomes = $"How each closed training day ended: {days}. Rest days have no row.";
        return new Turn(state,
        [
            new SendDocument(state.ChatId, DataExport.CheckIns(record, today), checkIns),
            new SendDocument(state.ChatId, DataExport.Outcomes(context.Outcomes, today), outcomes),
        ]);
    }

    private static string Span(NodaTime.LocalDate first, NodaTime.LocalDate last) =>
        first == last ? $"on {DateText.Long(first)}" : $"{DateText.Long(first)} to {DateText.Long(last)}";
}
