namespace RoyaltyLedger.Application.Quarantine;

/// <summary>
/// A counted use the projector could not rate or post, kept out of the totals and the journal until a retry posts it.
/// Its log position is (<see cref="LogSeq"/>, <see cref="EventIndex"/>); <see cref="EventIndex"/> is
/// <see cref="UseKeys.WholeRow"/> when the log row itself could not be read, so none of its events was projected.
/// <see cref="WorkId"/> is the work the use names or was resolved to ('' when unknown). The error is the exception's
/// type and message; <see cref="Attempts"/> counts the projections that failed, the first one included.
/// </summary>
public sealed record QuarantinedUse(
    long LogSeq,
    int EventIndex,
    string OperatorId,
    string EventId,
    string WorkId,
    string ErrorType,
    string ErrorMessage,
    long FirstQuarantinedAtUnixMs,
    long QuarantinedAtUnixMs,
    int Attempts);
