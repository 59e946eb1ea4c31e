using RoyaltyLedger.Domain.Payouts.Transfers;

namespace RoyaltyLedger.Application.BankPayments;

/// <summary>The bank accounts payment files pay into (parties) and from (societies), one per holder (table bank_accounts).</summary>
public interface IBankAccountStore
{
    /// <summary>Sets the holder's account, replacing the one held before.</summary>
    Task SetAsync(string holderKind, string holderId, BankAccount account, long updatedAtUnixMs, CancellationToken cancellationToken);

    /// <summary>The holder's account, or null when none is held.</summary>
    Task<BankAccount?> FindAsync(string holderKind, string holderId, CancellationToken cancellationToken);

    /// <summary>The accounts held for those of <paramref name="holderIds"/> that have one, by id.</summary>
    Task<IReadOnlyDictionary<string, BankAccount>> FindManyAsync(string holderKind, IReadOnlyCollection<string> holderIds, CancellationToken cancellationToken);
}
