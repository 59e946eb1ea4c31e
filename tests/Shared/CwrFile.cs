using System.Globalization;
using System.Text;

namespace RoyaltyLedger.Testing;

/// <summary>
/// Builds CWR 2.2 files for tests from the published record layouts (CISAC CWR 2.2 revision 2), with column positions
/// written here as literal numbers, independent of the importer's layout table, so that a mis-placed field is caught.
/// Trailer counts are computed unless a test gives its own.
/// </summary>
public sealed class CwrFile
{
    private readonly List<string> _lines = [];
    private int _transactions;
    private int _groupStart;
    private int _groupTransactions;
    private int _groups;

    public CwrFile(string senderId = "123456789", string senderName = "TEST PUBLISHING", string created = "20261201120000")
    {
        _lines.Add(Record(("HDR", 1), ("PB", 4), (senderId, 6), (senderName, 15), ("01.10", 60), (created[..8], 65), (created[8..], 73),
            (created[..8], 79), ("2.2", 102), ("001", 105)));
    }

    public int LineCount => _lines.Count;

    public CwrFile Group(string transactionType = "NWR")
    {
        _groups++;
        _groupStart = _lines.Count;
        _groupTransactions = 0;
        return Raw(Record(("GRH", 1), (transactionType, 4), (_groups.ToString("D5", CultureInfo.InvariantCulture), 7), ("02.20", 12)));
    }

    /// <summary>An NWR (or REV) record: title 20-79, submitter work number 82-95, ISWC 96-106, then the fixed fields after.</summary>
    public CwrFile Work(string title, string number, string iswc = "", string type = "NWR")
    {
        _transactions++;
        _groupTransactions++;
        return Raw(Record((type, 1), (Seq(_transactions - 1), 4), (Seq(0), 12), (title, 20), ("EN", 80), (number, 82), (iswc, 96),
            ("POP", 127), ("000300", 130), ("Y", 136), ("ORI", 143)).PadRight(260));
    }

    /// <summary>
    /// An SWR (or OWR) record: IP number 20-28, last name 29-73, first name 74-103, designation 105-106, IPI name number
    /// 116-126, PR society 127-129 and share 130-134, MR 135-137/138-142, SR 143-145/146-150, IPI base 155-167.
    /// </summary>
    public CwrFile Writer(string last, string first, string ipi, int prShare, string designation = "CA", string type = "SWR", int? mrShare = null, string? prShareText = null)
    {
        var record = _lines.Count - LastTransactionLine();
        return Raw(Record((type, 1), (Seq(_transactions - 1), 4), (Seq(record), 12), ($"W{record:D3}", 20), (last, 29), (first, 74),
            (designation, 105), (ipi, 116), ("021", 127), (prShareText ?? Share(prShare), 130), ("021", 135), (Share(mrShare ?? prShare), 138),
            ("   ", 143), (Share(0), 146), ("N", 151)));
    }

    /// <summary>A record this importer does not read, e.g. SPU, with the transaction prefix.</summary>
    public CwrFile Detail(string type, string rest = "") =>
        Raw(Record((type, 1), (Seq(_transactions - 1), 4), (Seq(_lines.Count - LastTransactionLine()), 12), (rest, 20)));

    public CwrFile Raw(string line)
    {
        _lines.Add(line);
        return this;
    }

    public CwrFile EndGroup() =>
        Raw(Record(("GRT", 1), (_groups.ToString("D5", CultureInfo.InvariantCulture), 4), (_groupTransactions.ToString("D8", CultureInfo.InvariantCulture), 9),
            ((_lines.Count - _groupStart + 1).ToString("D8", CultureInfo.InvariantCulture), 17)));

    public CwrFile End() =>
        Raw(Record(("TRL", 1), (_groups.ToString("D5", CultureInfo.InvariantCulture), 4), (_transactions.ToString("D8", CultureInfo.InvariantCulture), 9),
            ((_lines.Count + 1).ToString("D8", CultureInfo.InvariantCulture), 17)));

    public string Text(string newline = "\r\n") => string.Join(newline, _lines) + newline;

    public void Save(string path) => File.WriteAllText(path, Text(), new UTF8Encoding(false));

    public static string Share(int hundredths) => hundredths.ToString("D5", CultureInfo.InvariantCulture);

    private static string Seq(int n) => n.ToString("D8", CultureInfo.InvariantCulture);

    private int LastTransactionLine() => _lines.FindLastIndex(l => l.StartsWith("NWR", StringComparison.Ordinal) || l.StartsWith("REV", StringComparison.Ordinal));

    /// <summary>Places each value at its 1-based column, padding with spaces; trailing spaces are kept as CWR writes them.</summary>
    private static string Record(params (string Value, int Column)[] fields)
    {
        var text = new StringBuilder();
        foreach (var (value, column) in fields)
        {
            if (text.Length < column - 1)
            {
                text.Append(' ', column - 1 - text.Length);
            }

            text.Length = column - 1;
            text.Append(value);
        }

        return text.ToString();
    }
}
