using System.Diagnostics;
using RoyaltyLedger.Application.UsageLog;

namespace RoyaltyLedger.Storage.UsageLog;

/// <summary>
/// A batch's rows in the projection's queue (docs/partitions.md): one per partition it has counted events in, each with
/// those events' count and mask (the bit layout of <c>usage_log.counted_mask</c>). A batch with nothing counted still
/// gets one row, in partition 0, so that every log row passes through a projector as before.
/// </summary>
internal static class PendingRows
{
    public static IEnumerable<(int Partition, int Counted, byte[] Mask)> Split(LogAppend append, byte[] countedMask, int counted)
    {
        if (append.Partitions.Count == 0 || counted == 0)
        {
            return [(0, counted, countedMask)];
        }

        if (append.Partitions.Count != append.Candidates.Count)
        {
            throw new UnreachableException($"batch {append.BatchSeq} files {append.Partitions.Count} partitions for {append.Candidates.Count} candidates");
        }

        var rows = new SortedDictionary<int, (int Counted, byte[] Mask)>();
        for (var i = 0; i < append.Candidates.Count; i++)
        {
            var index = append.Candidates[i];
            var bit = (byte)(1 << (index & 7));
            if ((countedMask[index >> 3] & bit) == 0)
            {
                continue;
            }

            var partition = append.Partitions[i];
            var (rowCounted, rowMask) = rows.TryGetValue(partition, out var found) ? found : (0, new byte[countedMask.Length]);
            rowMask[index >> 3] |= bit;
            rows[partition] = (rowCounted + 1, rowMask);
        }

        return rows.Select(r => (r.Key, r.Value.Counted, r.Value.Mask));
    }
}
