namespace RoyaltyLedger.Domain.Ledger;

/// <summary>
/// One line of a journal entry: an amount in nanos (10^-9 of the currency's unit) posted to an account, positive
/// for a debit and negative for a credit. <see cref="WorkId"/> names the work whose use the amount prices, or is
/// empty for lines that belong to no single work (payouts, commission); it is what lets the ledger re-rate one
/// work's past uses and post only the difference. <see cref="Period"/> is the month of use ("yyyy-MM", UTC) of the
/// uses a rating line (usage or adjustment entry) prices, so that a payout cycle pays by time of use
/// (docs/payouts.md); it is empty for every other line and for lines posted before periods existed. <see cref="Use"/>
/// names the operator, model, use kind, status and unit kind a rating line prices (journal v4, docs/statement-proofs.md);
/// <see cref="LineUse.None"/> on every other line, so callers that do not price uses never set it.
/// </summary>
public readonly record struct PostingLine(string Account, string WorkId, string Currency, Int128 AmountNanos, string Period = "")
{
    /// <summary>The uses this rating line prices; <see cref="LineUse.None"/> for none.</summary>
    public LineUse Use { get; init; }
}
