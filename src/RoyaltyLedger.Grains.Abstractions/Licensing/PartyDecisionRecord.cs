namespace RoyaltyLedger.Grains.Abstractions.Licensing;

/// <summary>
/// One party's answer to a licence request. A counter proposes other pricing; once the operator accepts it the
/// decision becomes an approval (<see cref="Decision"/> reads approved) with <see cref="CounterAcceptedAt"/> set.
/// </summary>
[GenerateSerializer, Immutable, Alias("rl.PartyDecisionRecord.v1")]
public sealed record PartyDecisionRecord(
    [property: Id(0)] string PartyId,
    [property: Id(1)] RequestPartyKind PartyKind,
    [property: Id(2)] RequestDecisionKind Decision,
    [property: Id(3)] string Note,
    [property: Id(4)] CounterTerms? Counter,
    [property: Id(5)] DateTimeOffset? DecidedAt)
{
    /// <summary>When the operator accepted this party's counter; null otherwise.</summary>
    [Id(6)]
    public DateTimeOffset? CounterAcceptedAt { get; init; }

    /// <summary>When the approval took effect: the decision, or the acceptance of the counter. Null unless approved.</summary>
    public DateTimeOffset? ApprovedAt => Decision == RequestDecisionKind.Approved ? CounterAcceptedAt ?? DecidedAt : null;

    /// <summary>The pricing this party's approval binds its works to: its counter, once accepted; otherwise null.</summary>
    public CounterTerms? AcceptedCounter => CounterAcceptedAt is null ? null : Counter;

    /// <summary>A counter still waiting for the operator, or one it accepted: either way pricing this party holds its works to.</summary>
    public CounterTerms? StandingCounter => Decision == RequestDecisionKind.Countered ? Counter : AcceptedCounter;

    public RequestParty Party => new(PartyKind, PartyId);
}
