using System.Collections.Immutable;
using RoyaltyLedger.Grains.Abstractions.Licensing;

namespace RoyaltyLedger.Grains.Licensing;

[GenerateSerializer, Alias("rl.LicenceRequestState.v1")]
public sealed class LicenceRequestState
{
    [Id(0)] public LicenceRequestView? Request { get; set; }

    /// <summary>
    /// Positions in <see cref="LicenceRequestView.Decisions"/> of decisions written but whose consents are not yet
    /// recorded: a decision is stored first, so that its instant is fixed, and its effects follow.
    /// </summary>
    [Id(1)] public ImmutableArray<int> UnappliedDecisions { get; set; } = [];
}
