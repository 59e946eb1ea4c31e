using System.Buffers;
using System.Text;

namespace RoyaltyLedger.Contracts.Exports;

/// <summary>
/// The one CSV writer behind every export (statements, transparency reports, payout files), so that the formula
/// guard below lives in one place. Fields are RFC 4180: a field with a comma, quote or line break is quoted and its
/// quotes doubled; lines end in CRLF.
/// <para>
/// Spreadsheets run a cell that starts with '=', '+', '-', '@', a tab or a carriage return as a formula (OWASP
/// "CSV Injection"), and our files carry text chosen by others: work titles, contributor roles, unit kinds. So a text field
/// (<see cref="CsvField.Text"/>) starting with one of those is prefixed with a single quote, which makes Excel and
/// LibreOffice show it as text, and is then quoted as usual. Numbers (<see cref="CsvField.Number(long)"/>) are never
/// prefixed, so a negative amount stays a number.
/// </para>
/// </summary>
public static class CsvText
{
    private static readonly SearchValues<char> FormulaStarts = SearchValues.Create("=+-@\t\r");

    private static readonly SearchValues<char> NeedQuotes = SearchValues.Create(",\"\r\n");

    public static void AppendRow(StringBuilder csv, IReadOnlyList<CsvField> fields)
    {
        ArgumentNullException.ThrowIfNull(csv);
        ArgumentNullException.ThrowIfNull(fields);
        for (var i = 0; i < fields.Count; i++)
        {
            if (i > 0)
            {
                csv.Append(',');
            }

            AppendField(csv, fields[i]);
        }

        csv.Append("\r\n");
    }

    private static void AppendField(StringBuilder csv, CsvField field)
    {
        var value = field.IsNumber || !StartsLikeAFormula(field.Value) ? field.Value : "'" + field.Value;
        if (value.AsSpan().ContainsAny(NeedQuotes))
        {
            csv.Append('"').Append(value.Replace("\"", "\"\"", StringComparison.Ordinal)).Append('"');
        }
        else
        {
            csv.Append(value);
        }
    }

    private static bool StartsLikeAFormula(string text) => text.Length > 0 && FormulaStarts.Contains(text[0]);
}
