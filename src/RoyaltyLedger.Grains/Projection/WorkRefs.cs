using RoyaltyLedger.Domain.Identifiers;
using WireIdentifier = RoyaltyLedger.Contracts.V1.Identifier;
using RoyaltyLedger.Application.Projection;

namespace RoyaltyLedger.Grains.Projection;

/// <summary>External work identifiers in the form <c>work_identifiers</c> holds them, and suspense's name for a work.</summary>
internal static class WorkRefs
{
    /// <summary>
    /// The identifier an event names, normalized like registered works' identifiers (so "US-RC1-76-07839" finds
    /// "USRC17607839"). A scheme works cannot carry (e.g. "url") or a value that does not parse is kept as given,
    /// lower-case scheme, and waits in suspense; null when the event names none.
    /// </summary>
    public static WorkRef? FromWire(WireIdentifier? identifier) =>
        identifier is null ? null : WorkKeys.Ref(identifier.Scheme, identifier.Value);

    public static WorkRef Of(IdentifierScheme scheme, string normalizedValue) => new(IdentifierList.Name(scheme), normalizedValue);

    /// <summary>
    /// The work id under which suspense is totalled: the work id the operator gave, else "scheme/value" (a slash
    /// never occurs in a work id, so the two cannot meet), else empty.
    /// </summary>
    public static string SuspenseWorkKey(string workId, string refScheme, string refValue) => WorkKeys.Suspense(workId, refScheme, refValue);
}
