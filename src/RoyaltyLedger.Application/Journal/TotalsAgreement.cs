namespace RoyaltyLedger.Application.Journal;

/// <summary>
/// Whether the usage totals' amounts agree with the journal: per work and currency, what the totals say the work's
/// uses are worth against what the journal's usage and adjustment entries debited for them (operator: and claims:).
/// <see cref="Differences"/> names at most the first 20 that disagree.
/// </summary>
public sealed record TotalsAgreement(long WorkCurrenciesChecked, long WorkCurrenciesDiffering, IReadOnlyList<string> Differences);
