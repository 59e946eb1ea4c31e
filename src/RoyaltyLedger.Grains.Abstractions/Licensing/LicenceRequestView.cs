using System.Collections.Immutable;

namespace RoyaltyLedger.Grains.Abstractions.Licensing;

[GenerateSerializer, Immutable, Alias("rl.LicenceRequestView.v1")]
public sealed record LicenceRequestView(
    [property: Id(0)] LicenceRequestTerms Terms,
    [property: Id(1)] DateTimeOffset FiledAt,
    [property: Id(2)] ImmutableArray<RequestedWorkRecord> Works,
    [property: Id(3)] ImmutableArray<CreatorDecisionRecord> Decisions)
{
    public string Status => Works.Any(w => w.Status == RequestedWorkRecord.Pending) ? "open" : "closed";
}
