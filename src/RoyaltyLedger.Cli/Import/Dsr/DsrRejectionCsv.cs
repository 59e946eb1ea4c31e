using System.Globalization;
using CsvHelper;

namespace RoyaltyLedger.Cli.Import.Dsr;

/// <summary>
/// The `--report` file: one CSV row per line not counted, written as found (so a file of a million bad lines needs no
/// memory): line, record_type, field, value, outcome (malformed: not sent; rejected: refused by the ledger), message.
/// Rejections by the ledger arrive with their batch's ack, so they may follow lines read after them.
/// </summary>
internal sealed class DsrRejectionCsv : IDisposable
{
    private readonly StreamWriter _writer;
    private readonly CsvWriter _csv;
    private readonly Lock _gate = new();

    private DsrRejectionCsv(string path)
    {
        _writer = new StreamWriter(path, append: false, new System.Text.UTF8Encoding(false));
        _csv = new CsvWriter(_writer, CultureInfo.InvariantCulture);
        foreach (var column in new[] { "line", "record_type", "field", "value", "outcome", "message" })
        {
            _csv.WriteField(column);
        }

        _csv.NextRecord();
    }

    public static DsrRejectionCsv? Open(string? path) => path is null ? null : new DsrRejectionCsv(path);

    public void Write(DsrProblem problem, string outcome)
    {
        ArgumentNullException.ThrowIfNull(problem);
        // Rejections arrive with acks, on another thread than the lines read.
        lock (_gate)
        {
            WriteRow(problem, outcome);
        }
    }

    private void WriteRow(DsrProblem problem, string outcome)
    {
        _csv.WriteField(problem.Line);
        _csv.WriteField(problem.RecordType);
        _csv.WriteField(problem.Field);
        _csv.WriteField(problem.Value);
        _csv.WriteField(outcome);
        _csv.WriteField(problem.Message);
        _csv.NextRecord();
    }

    public void Dispose()
    {
        _csv.Dispose();
        _writer.Dispose();
    }
}
