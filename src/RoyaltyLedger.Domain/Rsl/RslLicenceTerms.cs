using System.Collections.Immutable;
using RoyaltyLedger.Domain.Registry;

namespace RoyaltyLedger.Domain.Rsl;

/// <summary>
/// One RSL <c>&lt;license&gt;</c> as terms the ledger prices: the uses it permits (after its prohibitions), the
/// territories it is limited to (empty: worldwide), and either a per-unit <see cref="Tariff"/> (price 0 for a free
/// licence) or <see cref="AttributionOnly"/>. <see cref="Path"/> is the license element's XPath.
/// </summary>
public sealed record RslLicenceTerms(
    string Path,
    string PaymentType,
    ImmutableArray<UseKind> Uses,
    ImmutableArray<string> Territories,
    Tariff? Tariff,
    bool AttributionOnly);
