using System.Globalization;
using RoyaltyLedger.Domain.Ledger;

namespace RoyaltyLedger.Domain.StatementProofs;

/// <summary>One line of a <see cref="ProvenEntry"/>: every field the journal hashes (v4), the amount as decimal nanos.</summary>
public sealed record ProvenJournalLine(
    string Account,
    string WorkId,
    string Currency,
    string Period,
    string OperatorId,
    string ModelId,
    int UseKind,
    string Status,
    string UnitKind,
    string AmountNanos)
{
    public static ProvenJournalLine From(PostingLine line) =>
        new(line.Account, line.WorkId, line.Currency, line.Period ?? "", line.Use.OperatorId, line.Use.ModelId, line.Use.UseKind, line.Use.Status,
            line.Use.UnitKind, line.AmountNanos.ToString(CultureInfo.InvariantCulture));

    /// <summary>The posting line, or null when the amount is not a decimal integer.</summary>
    public PostingLine? ToPostingLine() =>
        Int128.TryParse(AmountNanos, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var amount)
            ? new PostingLine(Account, WorkId, Currency, amount, Period) { Use = new LineUse(OperatorId, ModelId, UseKind, Status, UnitKind) }
            : null;
}
