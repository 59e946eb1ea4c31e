using RoyaltyLedger.Contracts.V1;

namespace RoyaltyLedger.Client;

/// <summary>One event the ledger refused, with the event as written and what the caller attached to it.</summary>
/// <param name="BatchSeq">The batch it travelled in.</param>
/// <param name="Index">Its position in that batch, from 0.</param>
/// <param name="Reason">Why, in the ledger's terms.</param>
/// <param name="Field">The offending field as the server names it, e.g. <c>events[3].units</c>.</param>
/// <param name="Message">The server's explanation, naming the field and value.</param>
/// <param name="Event">The event as passed to <see cref="UsageStreamWriter.WriteAsync"/>.</param>
/// <param name="State">The state passed with it, e.g. a line number; null when none was.</param>
public sealed record UsageRejection(
    ulong BatchSeq,
    int Index,
    RejectionReason Reason,
    string Field,
    string Message,
    UsageEvent Event,
    object? State)
{
    /// <summary>The field without its position in the batch, e.g. <c>units</c> for <c>events[3].units</c>.</summary>
    public string EventField => Field.StartsWith("events[", StringComparison.Ordinal) && Field.IndexOf("].", StringComparison.Ordinal) is var end and > 0
        ? Field[(end + 2)..]
        : Field;
}
