using RoyaltyLedger.Domain.Log;

namespace RoyaltyLedger.Application.StatementProofs;

/// <summary>
/// Signed tree heads for statement proofs: the transparency log's (docs/transparency-log.md) newest signed head of a
/// partition covering at least <c>minimumSize</c> leaves, signing one on demand when none does yet, so that a
/// statement with proofs always has a head over every entry it cites.
/// </summary>
public interface ISignedHeadSource
{
    Task<SignedTreeHead> HeadCoveringAsync(int partition, long minimumSize, CancellationToken cancellationToken);
}
