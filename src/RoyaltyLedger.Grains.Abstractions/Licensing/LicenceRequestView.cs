using System.Collections.Immutable;

namespace RoyaltyLedger.Grains.Abstractions.Licensing;

/// <summary>A licence request as filed, with every work's state and every party's decision (in the order fixed at filing).</summary>
[GenerateSerializer, Immutable, Alias("rl.LicenceRequestView.v1")]
public sealed record LicenceRequestView(
    [property: Id(0)] LicenceRequestTerms Terms,
    [property: Id(1)] DateTimeOffset FiledAt,
    [property: Id(2)] ImmutableArray<RequestedWorkRecord> Works,
    [property: Id(3)] ImmutableArray<PartyDecisionRecord> Decisions)
{
    /// <summary>When the operator withdrew the request; null while it stands.</summary>
    [Id(4)]
    public DateTimeOffset? WithdrawnAt { get; init; }

    public string Status => WithdrawnAt is not null ? "withdrawn"
        : Works.Any(w => w.Status == RequestedWorkRecord.Pending) ? "open"
        : "closed";

    public bool Asks(RequestPartyKind kind, string partyId) => Decisions.Any(d => d.PartyKind == kind && d.PartyId == partyId);
}
