using RoyaltyLedger.Application.Log;
using RoyaltyLedger.Domain.Log;

namespace RoyaltyLedger.Application.StatementProofs;

/// <summary>Statement proofs' heads from the transparency log: its newest head covering the entries, signed on demand.</summary>
public sealed class LogHeadSource(SignTreeHeads heads) : ISignedHeadSource
{
    public Task<SignedTreeHead> HeadCoveringAsync(int partition, long minimumSize, CancellationToken cancellationToken) =>
        heads.EnsureCoveringAsync(partition, minimumSize, cancellationToken);
}
