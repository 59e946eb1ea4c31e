using Microsoft.Extensions.DependencyInjection;
using RoyaltyLedger.Application.StatementProofs;
using RoyaltyLedger.Application.Statements;

namespace RoyaltyLedger.Server.Reports;

/// <summary>
/// Statements with proofs, when the server signs tree heads: the transparency log registers an
/// <see cref="ISignedHeadSource"/> (docs/transparency-log.md); without one, <see cref="Proofs"/> is null and callers
/// answer that the server signs no tree heads.
/// </summary>
internal sealed class StatementProofReader(IServiceProvider services)
{
    private readonly Lazy<ReadStatementProofs?> _proofs = new(() => services.GetService<ISignedHeadSource>() is { } heads
        ? new ReadStatementProofs(services.GetRequiredService<StatementQuery>(), services.GetRequiredService<IStatementProofStore>(), heads)
        : null);

    public ReadStatementProofs? Proofs => _proofs.Value;
}
