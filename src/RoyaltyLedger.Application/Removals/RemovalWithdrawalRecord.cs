namespace RoyaltyLedger.Application.Removals;

/// <summary>
/// The withdrawal of open request <see cref="RequestId"/>, with the <see cref="Note"/> saying why.
/// <see cref="WithdrawnBy"/> is the creator or society that withdrew it ('' for an admin) acting as
/// <see cref="WithdrawnByRole"/>; <see cref="JournalEntryNo"/> is the removal-withdrawal entry written with the row (0
/// before it is stored).
/// </summary>
public sealed record RemovalWithdrawalRecord(
    string RequestId,
    string Note,
    string WithdrawnBy,
    string WithdrawnByRole,
    long WithdrawnAtUnixMs,
    long JournalEntryNo);
