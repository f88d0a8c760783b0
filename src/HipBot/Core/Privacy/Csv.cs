using System.Text;

namespace HipBot.Core.Privacy;

/// <summary>
/// RFC 4180 text, the form every spreadsheet opens without an import dialog: a header row, fields separated by commas,
/// records ended by CRLF, and a field quoted (its quotes doubled) only when it holds a comma, a quote or a line break.
/// </summary>
public static class Csv
{
    public static string Write(IReadOnlyList<string> header, IEnumerable<IReadOnlyList<string>> rows)
    {
        ArgumentNullException.ThrowIfNull(header);
        ArgumentNullException.ThrowIfNull(rows);
        var text = new StringBuilder();
        AppendRecord(text, header);
        foreach (var row in rows)
        {
            if (row.Count != header.Count)
            {
                // Every record has the header's fields: a short row would shift a spreadsheet's columns.
                throw new ArgumentException($"A row has {row.Count} fields; the header has {header.Count}.", nameof(rows));
            }
            AppendRecord(text, row);
        }
        return text.ToString();
    }

    private static void AppendRecord(StringBuilder text, IReadOnlyList<string> fields)
    {
        for (var i = 0; i < fields.Count; i++)
        {
            if (i > 0)
            {
                text.Append(',');
            }
            AppendField(text, fields[i]);
        }
        text.Append("\r\n");
    }

    private static void AppendField(StringBuilder text, string field)
    {
        if (field.AsSpan().IndexOfAny(",\"\r\n") < 0)
        {
            text.Append(field);
            return;
        }
        text.Append('"').Append(field.Replace("\"", "\"\"", StringComparison.Ordinal)).Append('"');
    }
}
