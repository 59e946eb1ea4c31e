using RoyaltyLedger.Domain.Ledger;
using RoyaltyLedger.Application.Projection;

namespace RoyaltyLedger.Application.Rerate;

/// <summary>
/// A work's past uses rated again: the log rows they were read from (<see cref="LogRows"/>, ending at
/// <see cref="LastLogSeq"/>), the lines the work's uses should have in the journal in total, and its usage totals
/// rows in full (suspense's rows excepted).
/// </summary>
public sealed record RerateCommit(
    RerateRequest Request,
    long LogRows,
    long LastLogSeq,
    IReadOnlyList<PostingLine> Should,
    IReadOnlyList<TotalsDelta> Totals,
    long RecordedAtUnixMs);
