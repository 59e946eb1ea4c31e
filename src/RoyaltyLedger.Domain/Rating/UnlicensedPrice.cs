using RoyaltyLedger.Domain.Money;

namespace RoyaltyLedger.Domain.Rating;

/// <summary>
/// The claim for one unlicensed or refused use: one part per creator (by creator id, ordinal) and the total per
/// currency (by currency). Each total is exactly the sum of the parts in that currency.
/// </summary>
public sealed record UnlicensedPrice(IReadOnlyList<UnlicensedPart> Parts, IReadOnlyList<CurrencyAmount> Totals);
