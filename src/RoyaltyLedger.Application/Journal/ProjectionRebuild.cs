namespace RoyaltyLedger.Application.Journal;

/// <summary>What a rebuild of the projections did: the balances rebuilt from the journal and how the work totals agree with it.</summary>
public sealed record ProjectionRebuild(BalanceRebuild Balances, TotalsAgreement Totals);
