using System.Collections.Immutable;
using RoyaltyLedger.Domain.Payouts;
using RoyaltyLedger.Grains.Abstractions.Registry;

namespace RoyaltyLedger.Application.Payouts;

/// <summary>
/// A party's line in a committed cycle with its Merkle inclusion proof: the leaf's index and hash, the tree's size and
/// root, and the audit path from leaf to root (RFC 6962 style, <see cref="MerkleTree"/>).
/// </summary>
public sealed record PayoutProofView(
    string CycleId,
    PayoutLine Line,
    ImmutableArray<IdentifierRecord> Identifiers,
    int LeafIndex,
    int TreeSize,
    byte[] MerkleRoot,
    byte[] LeafHash,
    IReadOnlyList<byte[]> AuditPath);
