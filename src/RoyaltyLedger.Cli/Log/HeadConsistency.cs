using RoyaltyLedger.Domain.Log;

namespace RoyaltyLedger.Cli.Log;

/// <summary>
/// Whether a newer signed head extends an older one of the same partition: both signed by the key, the newer no
/// smaller, equal roots at equal sizes, else a consistency proof that verifies. A failure is a fork; its reason names
/// the partition and both heads' sizes and roots.
/// </summary>
internal static class HeadConsistency
{
    public static async Task<(bool Consistent, string Reason)> CheckAsync(
        SignedTreeHead older, SignedTreeHead newer, LogPublicKey key, Func<Task<IReadOnlyList<byte[]>>> proof)
    {
        ArgumentNullException.ThrowIfNull(older);
        ArgumentNullException.ThrowIfNull(newer);
        ArgumentNullException.ThrowIfNull(key);
        ArgumentNullException.ThrowIfNull(proof);
        foreach (var (head, which) in new[] { (older, "old"), (newer, "new") })
        {
            if (!key.Verifies(head))
            {
                return (false, $"the {which} head of partition {head.Partition} ({Describe(head)}) does not carry a valid signature of key {key.KeyId}");
            }
        }

        var both = $"partition {older.Partition}: the head of {Describe(older)} and the head of {Describe(newer)}";
        if (newer.TreeSize < older.TreeSize)
        {
            return (false, $"fork in {both}: the newer head has fewer entries, so history was cut");
        }

        if (newer.TreeSize == older.TreeSize)
        {
            return older.Root.AsSpan().SequenceEqual(newer.Root)
                ? (true, $"{both} are the same tree")
                : (false, $"fork in {both} disagree at the same size: history was rewritten");
        }

        var path = await proof();
        return ConsistencyProof.Verify(older.TreeSize, newer.TreeSize, older.Root, newer.Root, path)
            ? (true, $"{both} are consistent: the first {older.TreeSize} entries are unchanged")
            : (false, $"fork in {both} are not consistent: an entry among the first {older.TreeSize} was rewritten");
    }

    public static string Describe(SignedTreeHead head) => $"{head.TreeSize} entries, root {head.RootHex}";
}
