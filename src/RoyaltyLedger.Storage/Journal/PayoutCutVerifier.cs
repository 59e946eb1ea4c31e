using System.Data.Common;
using RoyaltyLedger.Domain.Ledger;
using RoyaltyLedger.Domain.Payouts;
using static RoyaltyLedger.Storage.Database.LedgerDatabase;
using static System.FormattableString;

namespace RoyaltyLedger.Storage.Journal;

/// <summary>
/// Checks every payout cycle's recorded cut (docs/partitions.md): each head it names is an entry of that partition with
/// that hash (or entry 0 with the genesis hash), the heads run over partitions 0, 1, ... without gaps, and the cycle's
/// heads_root is <see cref="PartitionCut.Root"/> over them. Cycles committed before partitions have no cut and are skipped.
/// </summary>
internal static class PayoutCutVerifier
{
    private const string Cuts =
        "SELECT c.cycle_id, c.heads_root, h.partition_no, h.entry_no, h.hash FROM payout_cycles c " +
        "LEFT JOIN payout_cycle_heads h ON h.cycle_id = c.cycle_id WHERE c.heads_root IS NOT NULL ORDER BY c.cycle_id, h.partition_no";

    private const string EntryHash = "SELECT hash FROM journal_entries WHERE entry_no = @e AND partition_no = @q";

    private sealed record CutHead(int Partition, long EntryNo, byte[] Hash);

    public static async Task<(int Checked, (long EntryNo, string Problem)? Problem)> VerifyAsync(DbConnection connection, CancellationToken cancellationToken)
    {
        var cuts = new List<(string CycleId, byte[] Root, List<CutHead> Heads)>();
        await using (var command = Command(connection, null, Cuts))
        await using (var reader = await command.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false))
        {
            while (await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
            {
                var cycleId = reader.GetString(0);
                if (cuts.Count == 0 || cuts[^1].CycleId != cycleId)
                {
                    cuts.Add((cycleId, reader.GetFieldValue<byte[]>(1), []));
                }

                if (!reader.IsDBNull(2))
                {
                    cuts[^1].Heads.Add(new CutHead(reader.GetInt32(2), reader.GetInt64(3), reader.GetFieldValue<byte[]>(4)));
                }
            }
        }

        (long, string)? first = null;
        foreach (var (cycleId, root, heads) in cuts)
        {
            if (await ProblemAsync(connection, cycleId, root, heads, cancellationToken).ConfigureAwait(false) is { } problem
                && (first is null || problem.Item1 < first.Value.Item1))
            {
                first = problem;
            }
        }

        return (cuts.Count, first);
    }

    private static async Task<(long, string)?> ProblemAsync(DbConnection connection, string cycleId, byte[] root, List<CutHead> heads, CancellationToken cancellationToken)
    {
        var printable = Domain.Validation.EntityIds.Printable(cycleId);
        for (var p = 0; p < heads.Count; p++)
        {
            var head = heads[p];
            if (head.Partition != p)
            {
                return (head.EntryNo, Invariant($"payout cycle {printable}: its cut has no head for partition {p}"));
            }

            var stored = head.EntryNo == 0 ? JournalHash.Genesis.ToArray() : await EntryHashAsync(connection, head, cancellationToken).ConfigureAwait(false);
            if (stored is null || !stored.AsSpan().SequenceEqual(head.Hash))
            {
                return (head.EntryNo, Invariant($"payout cycle {printable}: its cut names entry {head.EntryNo} of partition {p} with hash {JournalHash.ToHex(head.Hash)}, ") +
                    (stored is null ? Invariant($"but partition {p} holds no entry {head.EntryNo}") : Invariant($"but that entry's hash is {JournalHash.ToHex(stored)}")));
            }
        }

        if (heads.Count == 0)
        {
            return (0, $"payout cycle {printable}: it has a heads_root but no cut heads");
        }

        var recomputed = PartitionCut.Root([.. heads.Select(h => h.Hash)]);
        return recomputed.AsSpan().SequenceEqual(root)
            ? null
            : (heads.Max(h => h.EntryNo), Invariant(
                $"payout cycle {printable}: its heads_root {JournalHash.ToHex(root)} is not the root over its cut's {heads.Count} heads ({JournalHash.ToHex(recomputed)})"));
    }

    private static async Task<byte[]?> EntryHashAsync(DbConnection connection, CutHead head, CancellationToken cancellationToken)
    {
        await using var command = Command(connection, null, EntryHash, ("e", head.EntryNo), ("q", head.Partition));
        return await command.ExecuteScalarAsync(cancellationToken).ConfigureAwait(false) as byte[];
    }
}
