namespace RoyaltyLedger.Application.Statements;

/// <summary>
/// How far behind the usage log a statement is: every log row up to <paramref name="AsOfLogPosition"/> is included
/// (0: none yet), <paramref name="PendingBatches"/> log rows wait to be projected, and
/// <paramref name="WorksPendingRerate"/> works wait for their past uses to be rated again.
/// </summary>
public sealed record ProjectionLag(long AsOfLogPosition, long PendingBatches, long WorksPendingRerate);
