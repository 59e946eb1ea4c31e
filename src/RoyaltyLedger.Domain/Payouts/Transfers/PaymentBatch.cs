namespace RoyaltyLedger.Domain.Payouts.Transfers;

/// <summary>
/// A payout cycle as one batch of credit transfers from the society's account: the cycle and its period name the
/// payments (remittance information), <see cref="CreatedAt"/> is when the cycle was committed (so that exporting the
/// same cycle again gives the same file) and <see cref="ExecutionDate"/> the day the society asks its bank to pay.
/// </summary>
public sealed record PaymentBatch(
    string CycleId,
    string Period,
    string Currency,
    DateTimeOffset CreatedAt,
    DateOnly ExecutionDate,
    BankAccount Debtor,
    IReadOnlyList<CreditTransfer> Transfers);
