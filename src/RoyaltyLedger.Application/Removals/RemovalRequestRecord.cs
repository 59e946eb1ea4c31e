namespace RoyaltyLedger.Application.Removals;

/// <summary>
/// A request that operator <see cref="OperatorId"/> remove work <see cref="WorkId"/> from model <see cref="ModelId"/>,
/// or from every model it has when that is empty. <see cref="RequestedBy"/> is the asking party ('' for an admin or
/// the ledger itself) acting as <see cref="RequestedByRole"/>; <see cref="Origin"/> and <see cref="Status"/> hold
/// <see cref="Domain.Removals.RemovalOrigins"/> and <see cref="Domain.Removals.RemovalStates"/> values.
/// <see cref="JournalEntryNo"/> is the removal-request entry written with the row (0 before it is stored).
/// </summary>
public sealed record RemovalRequestRecord(
    string RequestId,
    string WorkId,
    string OperatorId,
    string ModelId,
    string RequestedBy,
    string RequestedByRole,
    string Reason,
    string Origin,
    string Status,
    long RequestedAtUnixMs,
    long JournalEntryNo);
