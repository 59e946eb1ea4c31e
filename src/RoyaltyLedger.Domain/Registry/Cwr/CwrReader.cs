using System.Globalization;
using L = RoyaltyLedger.Domain.Registry.Cwr.CwrLayout;

namespace RoyaltyLedger.Domain.Registry.Cwr;

/// <summary>
/// Streams a CWR 2.1/2.2 file: the HDR first (a file without one is refused whole), then one <see cref="CwrWork"/> per
/// NWR or REV transaction, each with the problems that reject it, holding one transaction in memory at a time. Record
/// types it does not read are counted in <see cref="Ignored"/>; problems outside a work transaction (trailer counts that
/// do not match, a line that is not a record) are in <see cref="FileProblems"/>. Both are complete once
/// <see cref="Works"/> has been enumerated to its end.
/// </summary>
public sealed class CwrReader
{
    /// <summary>The longest line read; a CWR 2.2 record is at most a few hundred characters.</summary>
    public const int MaxLineLength = 2_000;

    /// <summary>The most records one transaction may hold, so that one transaction's memory is bounded.</summary>
    public const int MaxRecordsPerTransaction = 10_000;

    private readonly TextReader _reader;
    private readonly CwrTrailers _trailers;
    private int _line;

    public CwrReader(TextReader reader)
    {
        ArgumentNullException.ThrowIfNull(reader);
        _reader = reader;
        var first = NextLine() ?? throw new InvalidDataException("the file is empty: a CWR file starts with an HDR record");
        Header = CwrHeaderReader.Read(first);
        _trailers = new CwrTrailers(FileProblems);
    }

    public CwrHeader Header { get; }

    /// <summary>Per record type not read: how many records and the first line holding one.</summary>
    public SortedDictionary<string, (int Count, int FirstLine)> Ignored { get; } = new(StringComparer.Ordinal);

    public List<CwrProblem> FileProblems { get; } = [];

    /// <summary>Lines read so far, the HDR included.</summary>
    public int LinesRead => _line;

    public IEnumerable<CwrWork> Works()
    {
        CwrWork? current = null;
        var skipping = false;
        while (NextLine() is { } text)
        {
            var type = L.RecordType.Read(text);
            if (!IsRecordType(type) || text.Length > MaxLineLength)
            {
                var problem = Malformed(text, type);
                if (current is not null && !skipping)
                {
                    current.Problems.Add(problem);
                    current.LastLine = _line;
                }
                else
                {
                    FileProblems.Add(problem);
                }

                continue;
            }

            _trailers.Count(type);
            if (IsTransactionHeader(type) || type is "GRH" or "GRT" or "TRL")
            {
                if (current is not null)
                {
                    current.Complete();
                    yield return current;
                    current = null;
                }

                skipping = false;
                if (type is "NWR" or "REV")
                {
                    current = new CwrWork(_line, type, L.TransactionSequence.Read(text));
                    CwrRecords.ReadWork(current, _line, text);
                }
                else if (IsTransactionHeader(type))
                {
                    skipping = true;
                    Ignore(type);
                }
                else
                {
                    _trailers.Read(_line, type, text, _line);
                }

                continue;
            }

            if (current is null || skipping)
            {
                Ignore(type);
                continue;
            }

            current.LastLine = _line;
            if (_line - current.Line >= MaxRecordsPerTransaction)
            {
                current.Reject(_line, type, L.RecordType, type, $"the transaction holds more than {MaxRecordsPerTransaction:N0} records");
                skipping = true;
                continue;
            }

            if (!CwrRecords.ReadDetail(current, _line, type, text))
            {
                Ignore(type);
            }
        }

        if (current is not null)
        {
            current.Complete();
            yield return current;
        }

        _trailers.End(_line);
    }

    /// <summary>Transaction header records of CWR 2.x; only NWR and REV register works.</summary>
    private static bool IsTransactionHeader(string type) => type is "NWR" or "REV" or "ISW" or "EXC" or "AGR" or "ACK";

    private static bool IsRecordType(string type) => type.Length == 3 && type.All(char.IsAsciiLetterUpper);

    private CwrProblem Malformed(string text, string type) => text.Length > MaxLineLength
        ? new CwrProblem(_line, type, "line length", text.Length.ToString(CultureInfo.InvariantCulture), $"the line is longer than {MaxLineLength:N0} characters")
        : new CwrProblem(_line, type, L.RecordType.Name, type, "is not a record type (3 capital letters at the start of the line)");

    private void Ignore(string type) =>
        Ignored[type] = Ignored.TryGetValue(type, out var seen) ? (seen.Count + 1, seen.FirstLine) : (1, _line);

    private string? NextLine()
    {
        var text = _reader.ReadLine();
        if (text is null)
        {
            return null;
        }

        _line++;

        // A byte order mark the stream's decoder did not consume (e.g. a reader opened without detection) is not part of the record.
        return _line == 1 ? text.TrimStart('\uFEFF') : text;
    }
}
