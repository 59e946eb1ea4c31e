using System.Data.Common;
using System.Globalization;
using RoyaltyLedger.Application.StatementProofs;
using RoyaltyLedger.Domain.Ledger;
using RoyaltyLedger.Storage.Database;
using RoyaltyLedger.Storage.Journal;
using static RoyaltyLedger.Storage.Database.LedgerDatabase;

namespace RoyaltyLedger.Storage.StatementProofs;

/// <summary>The journal reads of a statement with proofs on SQLite or PostgreSQL.</summary>
public sealed class SqlStatementProofStore(LedgerDatabase database) : IStatementProofStore
{
    public async Task<IReadOnlyList<CitedJournalLine>> ReadPartyLinesAsync(string partyId, string periodFrom, string periodTo, CancellationToken cancellationToken)
    {
        ArgumentException.ThrowIfNullOrEmpty(partyId);
        await using var connection = await database.OpenAsync(cancellationToken).ConfigureAwait(false);
        await using var command = Command(connection, null, StatementProofSql.PartyLines,
            ("p", Accounts.Party(partyId)), ("c", Accounts.Claimed(partyId)), ("from", periodFrom ?? ""), ("to", periodTo ?? ""));
        await using var reader = await command.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
        var lines = new List<CitedJournalLine>();
        while (await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
        {
            lines.Add(new CitedJournalLine(reader.GetInt64(0), Convert.ToInt32(reader.GetValue(1), CultureInfo.InvariantCulture), JournalLineColumns.Read(reader, 2)));
        }

        return lines;
    }

    public async Task<IReadOnlyList<PartitionedEntry>> ReadEntriesAsync(IReadOnlyCollection<long> entryNos, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(entryNos);
        var entries = new List<PartitionedEntry>(entryNos.Count);
        await using var connection = await database.OpenAsync(cancellationToken).ConfigureAwait(false);
        foreach (var chunk in entryNos.Order().Chunk(SqlLists.MaxParameters))
        {
            var (list, parameters) = SqlLists.InList("e", chunk);
            var lines = new Dictionary<long, List<PostingLine>>();
            await using (var command = Command(connection, null, StatementProofSql.LineColumns + $"({list}) ORDER BY entry_no, line_no", parameters))
            await using (var reader = await command.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false))
            {
                while (await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
                {
                    var entryNo = reader.GetInt64(0);
                    if (!lines.TryGetValue(entryNo, out var entryLines))
                    {
                        lines[entryNo] = entryLines = [];
                    }

                    entryLines.Add(JournalLineColumns.Read(reader, 2));
                }
            }

            await using (var command = Command(connection, null, StatementProofSql.EntryColumns + $"({list}) ORDER BY entry_no", parameters))
            await using (var reader = await command.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false))
            {
                while (await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
                {
                    var entryNo = reader.GetInt64(0);
                    entries.Add(new PartitionedEntry(Convert.ToInt32(reader.GetValue(1), CultureInfo.InvariantCulture),
                        new JournalEntry(entryNo, reader.GetString(2), reader.GetInt64(3), reader.GetString(4),
                            lines.GetValueOrDefault(entryNo) ?? [], reader.GetFieldValue<byte[]>(5), reader.GetFieldValue<byte[]>(6))));
                }
            }
        }

        return entries;
    }

    public async Task<IReadOnlyList<(long EntryNo, byte[] Hash)>> ReadPartitionLeavesAsync(int partition, long size, CancellationToken cancellationToken)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(size);
        await using var connection = await database.OpenAsync(cancellationToken).ConfigureAwait(false);
        await using var command = Command(connection, null, StatementProofSql.PartitionLeaves, ("q", partition), ("n", size));
        await using var reader = await command.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
        var leaves = new List<(long, byte[])>();
        while (await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
        {
            leaves.Add((reader.GetInt64(0), reader.GetFieldValue<byte[]>(1)));
        }

        return leaves;
    }
}
