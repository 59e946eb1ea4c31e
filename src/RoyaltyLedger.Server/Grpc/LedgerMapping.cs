using RoyaltyLedger.Domain.Ledger;
using RoyaltyLedger.Domain.Money;
using RoyaltyLedger.Storage.Journal;
using V1 = RoyaltyLedger.Contracts.V1;
using RoyaltyLedger.Application.Journal;

namespace RoyaltyLedger.Server.Grpc;

/// <summary>Maps the journal's stored records to the wire: amounts as nanos and as exact decimals, hashes as hex.</summary>
internal static class LedgerMapping
{
    public static V1.VerifyJournalResponse ToWire(this JournalVerification v)
    {
        var wire = new V1.VerifyJournalResponse
        {
            EntriesChecked = v.EntriesChecked,
            HeadEntryNo = v.HeadEntryNo,
            HeadHashHex = v.HeadHashHex,
            Intact = v.Intact,
            Problem = v.Problem ?? "",
        };
        if (v.FirstBrokenEntryNo is { } broken)
        {
            wire.FirstBrokenEntryNo = broken;
        }

        return wire;
    }

    public static V1.JournalEntry ToWire(this JournalEntry e)
    {
        var wire = new V1.JournalEntry
        {
            EntryNo = e.EntryNo,
            Kind = e.Kind,
            RecordedAtUnixMs = e.RecordedAtUnixMs,
            Reference = e.Reference,
            PrevHashHex = JournalHash.ToHex(e.PrevHash),
            HashHex = JournalHash.ToHex(e.Hash),
        };
        wire.Lines.AddRange(e.Lines.Select(l => new V1.JournalLine
        {
            Account = l.Account,
            WorkId = l.WorkId,
            Currency = l.Currency,
            AmountNanos = Int128Wire.Format(l.AmountNanos),
            Amount = MoneyFormat.DecimalNanos(l.AmountNanos),
            Period = l.Period ?? "",
            OperatorId = l.Use.OperatorId,
            ModelId = l.Use.ModelId,
            UseKind = l.Use.UseKind,
            Status = l.Use.Status,
            UnitKind = l.Use.UnitKind,
        }));
        return wire;
    }

    public static V1.AccountBalance ToWire(this AccountBalance b) => new()
    {
        Account = b.Account,
        Currency = b.Currency,
        AmountNanos = Int128Wire.Format(b.AmountNanos),
        Amount = MoneyFormat.DecimalNanos(b.AmountNanos),
    };

    public static V1.RebuildProjectionsResponse ToWire(this BalanceRebuild r) => new()
    {
        BalanceRowsBefore = r.RowsBefore,
        BalanceRowsAfter = r.RowsAfter,
        BalanceRowsDiffered = r.RowsDiffered,
    };
}
