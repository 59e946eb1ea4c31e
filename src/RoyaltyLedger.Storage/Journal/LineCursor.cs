using RoyaltyLedger.Storage.Amounts;
using System.Data.Common;
using RoyaltyLedger.Domain.Ledger;

namespace RoyaltyLedger.Storage.Journal;

/// <summary>Walks the rows of <see cref="JournalSql.Lines"/> (ordered by entry, then line) one entry at a time.</summary>
internal sealed class LineCursor(DbDataReader reader)
{
    private bool _hasRow;
    private long _entryNo;
    private long _lineNo;
    private PostingLine _line;

    public static async Task<LineCursor> StartAsync(DbDataReader reader, CancellationToken cancellationToken)
    {
        var cursor = new LineCursor(reader);
        await cursor.MoveAsync(cancellationToken).ConfigureAwait(false);
        return cursor;
    }

    /// <summary>
    /// Puts the entry's lines into <paramref name="lines"/> (cleared first), skipping rows of earlier entries. Returns
    /// the position and line number of the first line not numbered as its position, or null when they run from 0.
    /// </summary>
    public async Task<(int Position, long LineNo)?> CollectAsync(long entryNo, List<PostingLine> lines, CancellationToken cancellationToken)
    {
        lines.Clear();
        (int, long)? misnumbered = null;
        while (_hasRow && _entryNo < entryNo)
        {
            await MoveAsync(cancellationToken).ConfigureAwait(false);
        }

        while (_hasRow && _entryNo == entryNo)
        {
            if (misnumbered is null && _lineNo != lines.Count)
            {
                misnumbered = (lines.Count, _lineNo);
            }

            lines.Add(_line);
            await MoveAsync(cancellationToken).ConfigureAwait(false);
        }

        return misnumbered;
    }

    private async Task MoveAsync(CancellationToken cancellationToken)
    {
        _hasRow = await reader.ReadAsync(cancellationToken).ConfigureAwait(false);
        if (_hasRow)
        {
            _entryNo = reader.GetInt64(0);
            _lineNo = reader.GetInt64(1);
            _line = JournalLineColumns.Read(reader, 2);
        }
    }
}
