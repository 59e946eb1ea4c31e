namespace RoyaltyLedger.Cli.Import.Dsr;

/// <summary>
/// Reads a DSR flat file line by line, never whole: the HEAD first (<see cref="ReadHeader"/>), then
/// <see cref="ReadRows"/> yields each usage detail record and each problem, in file order. Summary, resource and work
/// records are kept only as far as the usages after them need (the summaries, and the current Block).
/// Lines are numbered from 1 as an editor shows them, counting headings (<c>#</c>) and empty lines.
/// </summary>
internal sealed class DsrReader(TextReader reader, string path)
{
    /// <summary>The longest line read; a longer one is reported and skipped.</summary>
    public const int MaxLineLength = 65_536;

    private readonly DsrRecords _records = new();
    private readonly Dictionary<string, long> _ignored = new(StringComparer.Ordinal);

    public long Lines { get; private set; }

    /// <summary>Summary, release, resource and work records read for the usages that follow them.</summary>
    public long ContextRecords { get; private set; }

    /// <summary>Lines that are headings (<c>#</c>) or empty.</summary>
    public long Comments { get; private set; }

    /// <summary>Records not read, by record type (at most <see cref="MaxIgnoredTypes"/> types named; the rest under "other").</summary>
    public IReadOnlyDictionary<string, long> Ignored => _ignored;

    public const int MaxIgnoredTypes = 32;

    /// <summary>Reads up to the HEAD record, which must come before any other record; throws <see cref="InvalidDataException"/> when it does not.</summary>
    public DsrHeader ReadHeader()
    {
        while (reader.ReadLine() is { } text)
        {
            Lines++;
            if (IsComment(text))
            {
                Comments++;
                continue;
            }

            var cells = text.Split('\t');
            if (!string.Equals(cells[0], DsrLayout.Head, StringComparison.Ordinal))
            {
                throw new InvalidDataException(
                    $"{path} line {Lines}: the first record must be HEAD, found '{Domain.Validation.EntityIds.Printable(cells[0])}'; is this a tab-separated DDEX DSR file?");
            }

            return DsrHeader.Parse(path, (int)Lines, cells);
        }

        throw new InvalidDataException($"{path} has no HEAD record: a DDEX DSR file starts with one (it is {(Lines == 0 ? "empty" : "only headings or empty lines")})");
    }

    /// <summary>Every usage and every problem after the HEAD, in file order.</summary>
    public IEnumerable<DsrRow> ReadRows()
    {
        while (reader.ReadLine() is { } text)
        {
            Lines++;
            var line = (int)Lines;
            if (IsComment(text))
            {
                Comments++;
                continue;
            }

            if (text.Length > MaxLineLength)
            {
                yield return DsrRow.Rejected(line, "", "", "", $"the line has {text.Length:N0} characters, more than the {MaxLineLength:N0} a line may have");
                continue;
            }

            var cells = text.Split('\t');
            var row = _records.Read(line, cells);
            if (row is not { } read)
            {
                Ignore(cells[0]);
            }
            else if (read.Usage is null && read.Problem is null)
            {
                ContextRecords++;
            }
            else
            {
                yield return read;
            }
        }
    }

    /// <summary>Headings start with '#' (Part 1, 6.6.17); empty lines carry nothing (6.6.7).</summary>
    private static bool IsComment(string text) => text.Length == 0 || text[0] == '#' || string.IsNullOrWhiteSpace(text);

    private void Ignore(string recordType)
    {
        var key = _ignored.ContainsKey(recordType) || _ignored.Count < MaxIgnoredTypes ? recordType : "other";
        _ignored[key] = _ignored.GetValueOrDefault(key) + 1;
    }
}
