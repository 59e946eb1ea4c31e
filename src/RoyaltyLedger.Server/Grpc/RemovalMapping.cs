using Google.Protobuf.WellKnownTypes;
using RoyaltyLedger.Contracts.V1;
using RoyaltyLedger.Domain.Removals;
using RoyaltyLedger.Application.Removals;

namespace RoyaltyLedger.Server.Grpc;

/// <summary>Removal requests as stored, on the wire.</summary>
internal static class RemovalMapping
{
    public static RemovalRequest ToWire(this StoredRemoval removal)
    {
        ArgumentNullException.ThrowIfNull(removal);
        var r = removal.Request;
        var wire = new RemovalRequest
        {
            RequestId = r.RequestId,
            WorkId = r.WorkId,
            OperatorId = r.OperatorId,
            ModelId = r.ModelId,
            Reason = r.Reason,
            Origin = r.Origin,
            RequestedBy = r.RequestedBy,
            RequestedByRole = r.RequestedByRole,
            RequestedAt = At(r.RequestedAtUnixMs),
            Status = RemovalStates.Shown(r.Status, removal.UsesAfter.Events),
            JournalEntryNo = r.JournalEntryNo,
            UsesAfterRemoval = (ulong)removal.UsesAfter.Events,
            UsesAfterRemovalAtLeast = removal.UsesAfter.AtLeast,
        };
        if (removal.Attestation is { } a)
        {
            wire.Attestation = new RemovalAttestation
            {
                ModelVersion = a.ModelVersion,
                Method = a.Method,
                RemovedAt = At(a.RemovedAtUnixMs),
                ContentHashHex = a.ContentHashHex,
                AttestedBy = a.AttestedBy,
                AttestedAt = At(a.AttestedAtUnixMs),
                JournalEntryNo = a.JournalEntryNo,
            };
        }

        if (removal.Withdrawal is { } w)
        {
            wire.Withdrawal = new RemovalWithdrawal
            {
                Note = w.Note,
                WithdrawnBy = w.WithdrawnBy,
                WithdrawnByRole = w.WithdrawnByRole,
                WithdrawnAt = At(w.WithdrawnAtUnixMs),
                JournalEntryNo = w.JournalEntryNo,
            };
        }

        return wire;
    }

    private static Timestamp At(long unixMs) => Timestamp.FromDateTimeOffset(DateTimeOffset.FromUnixTimeMilliseconds(unixMs));
}
