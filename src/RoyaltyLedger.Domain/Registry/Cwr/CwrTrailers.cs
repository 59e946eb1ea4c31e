using System.Globalization;
using L = RoyaltyLedger.Domain.Registry.Cwr.CwrLayout;

namespace RoyaltyLedger.Domain.Registry.Cwr;

/// <summary>
/// Checks the counts the GRT and TRL trailers state against what was read, so that a truncated or spliced file is
/// reported. A mismatch rejects no transaction (each stands or falls by its own records); it is a file problem.
/// </summary>
internal sealed class CwrTrailers(List<CwrProblem> problems)
{
    private int _groupTransactions;
    private int _groupRecords;
    private int _transactions;
    private int _groups;
    private bool _ended;

    /// <summary>Counts a record (the HDR was read before this counter existed, so records start at 1).</summary>
    public void Count(string type)
    {
        _groupRecords++;
        if (type is "NWR" or "REV" or "ISW" or "EXC" or "AGR" or "ACK")
        {
            _groupTransactions++;
            _transactions++;
        }
    }

    public void Read(int line, string type, string text, int linesSoFar)
    {
        switch (type)
        {
            case "GRH":
                _groups++;
                _groupTransactions = 0;
                _groupRecords = 1;
                break;
            case "GRT":
                Expect(line, type, L.Trailer.TransactionCount, text, _groupTransactions);
                Expect(line, type, L.Trailer.RecordCount, text, _groupRecords);
                break;
            default:
                _ended = true;
                Expect(line, type, L.Trailer.GroupCount, text, _groups);
                Expect(line, type, L.Trailer.TransactionCount, text, _transactions);
                Expect(line, type, L.Trailer.RecordCount, text, linesSoFar);
                break;
        }
    }

    public void End(int lines)
    {
        if (!_ended)
        {
            problems.Add(new CwrProblem(lines, "TRL", "record type", "", "the file ends without a TRL record: it may be truncated"));
        }
    }

    private void Expect(int line, string type, CwrField field, string text, int actual)
    {
        var value = field.Read(text);
        if (!int.TryParse(value, NumberStyles.None, CultureInfo.InvariantCulture, out var stated) || stated != actual)
        {
            problems.Add(new CwrProblem(line, type, field.Name, value, $"the file holds {actual.ToString(CultureInfo.InvariantCulture)}"));
        }
    }
}
