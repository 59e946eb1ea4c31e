using RoyaltyLedger.Application.Outcomes;
using RoyaltyLedger.Application.Payouts;
using RoyaltyLedger.Domain.Payouts.Transfers;

namespace RoyaltyLedger.Application.BankPayments;

/// <summary>
/// A committed cycle as an ISO 20022 pain.001.001.09 payment file: the society's account pays each paid party (not
/// held, paid at least one minor unit) exactly its line's paid minor units, the whole minor units the cycle paid; the
/// fraction of a minor unit the cycle carried stays owed in the ledger, so the file equals what the cycle pays. A paid
/// party without a bank account fails the export naming the parties, unless <c>skipMissing</c>, which leaves them out
/// and lists them (docs/pain001.md).
/// </summary>
public sealed class ExportPaymentFile(IBankAccountStore accounts)
{
    /// <summary>At most this many missing parties are named in the error; the count says how many more.</summary>
    public const int MaxNamedMissing = 20;

    public async Task<PaymentFile> ExportAsync(StoredCycle cycle, DateOnly executionDate, bool skipMissing, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(cycle);
        var request = cycle.Request;
        if (!cycle.Committed)
        {
            throw new PreconditionFailedException($"cycle {request.CycleId} is not committed: only a committed cycle has a payment file");
        }

        var paid = cycle.Lines.Where(l => !l.Held && l.PaidMinor > 0).ToList();
        BankAccount? debtor;
        IReadOnlyDictionary<string, BankAccount> held;
        try
        {
            debtor = await accounts.FindAsync(BankAccountHolders.Society, request.SocietyId, cancellationToken);
            held = await accounts.FindManyAsync(BankAccountHolders.Party, [.. paid.Select(l => l.PartyId)], cancellationToken);
        }
        catch (InvalidDataException ex)
        {
            // A row changed behind the ledger's back no longer validates: no file, and setting the account again repairs it.
            throw new PreconditionFailedException($"{ex.Message}; set the account again before exporting cycle {request.CycleId}");
        }

        if (debtor is null)
        {
            throw new PreconditionFailedException(
                $"society {request.SocietyId} has no bank account to pay from: set it first (royalty societies set-bank-account {request.SocietyId} ...)");
        }

        var missing = paid.Where(l => !held.ContainsKey(l.PartyId)).Select(l => l.PartyId).ToList();
        if (missing.Count > 0 && !skipMissing)
        {
            var named = string.Join(", ", missing.Take(MaxNamedMissing));
            var more = missing.Count > MaxNamedMissing ? $" and {missing.Count - MaxNamedMissing} more" : "";
            throw new PreconditionFailedException(
                $"cycle {request.CycleId} pays {missing.Count} part{(missing.Count == 1 ? "y" : "ies")} without a bank account: {named}{more}; set their accounts (royalty parties set-bank-account) or pass --skip-missing-accounts");
        }

        var transfers = paid.Where(l => held.ContainsKey(l.PartyId)).Select(l => new CreditTransfer(l.PartyId, held[l.PartyId], l.PaidMinor)).ToList();
        var batch = new PaymentBatch(request.CycleId, request.Period?.ToString() ?? "", request.Currency,
            DateTimeOffset.FromUnixTimeMilliseconds(cycle.CommittedAtUnixMs!.Value), executionDate, debtor, transfers);
        byte[] xml;
        try
        {
            xml = Pain001Writer.Write(batch);
        }
        catch (PaymentFileException ex)
        {
            throw new PreconditionFailedException(ex.Message);
        }

        Int128 total = 0;
        foreach (var t in transfers)
        {
            total += t.AmountMinor;
        }

        return new PaymentFile(xml, Pain001Ids.MessageId(request.CycleId, executionDate), transfers.Count, total, missing);
    }
}
