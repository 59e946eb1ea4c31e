using System.Collections.Immutable;
using Google.Protobuf.WellKnownTypes;
using Grpc.Core;
using RoyaltyLedger.Application.Payouts;
using RoyaltyLedger.Contracts.V1;
using RoyaltyLedger.Domain.Money;
using RoyaltyLedger.Domain.Payouts;
using RoyaltyLedger.Domain.Validation;
using RoyaltyLedger.Grains.Abstractions.Registry;
using RoyaltyLedger.Server.Security;

namespace RoyaltyLedger.Server.Grpc;

/// <summary>Runs a society's payout cycles over the journal and hands members their Merkle inclusion proofs.</summary>
internal sealed class PayoutsService(RunPayoutCycle cycles, ReadPayoutCycle reads, ProvePayout proofs, TimeProvider clock) : Payouts.PayoutsBase
{
    public override async Task<PayoutCycle> PreviewCycle(RunCycleRequest request, ServerCallContext context) =>
        ToWire(await cycles.PreviewAsync(Validate(request, context), context.CancellationToken));

    public override async Task<PayoutCycle> CommitCycle(RunCycleRequest request, ServerCallContext context) =>
        ToWire(await cycles.CommitAsync(Validate(request, context), context.CancellationToken));

    public override async Task<PayoutCycle> GetCycle(GetCycleRequest request, ServerCallContext context)
    {
        var stored = await FindAsync(request.CycleId, context);
        context.RequireRole("read payout cycles", Roles.Society).RequireParty(Roles.Society, stored.Request.SocietyId, $"read the cycles of society {stored.Request.SocietyId}");
        return ToWire(await reads.DescribeAsync(stored));
    }

    public override async Task<PayoutProof> GetPayoutProof(GetPayoutProofRequest request, ServerCallContext context)
    {
        var stored = await FindAsync(request.CycleId, context);
        var caller = context.Caller();
        if (!caller.IsAdmin && !caller.Is(Roles.Society, stored.Request.SocietyId) && caller.PartyId != request.PartyId)
        {
            CallerAccess.Deny($"{caller} may fetch only their own payout proof, not {EntityIds.Printable(request.PartyId)}'s");
        }

        var found = await proofs.ProveAsync(stored, request.PartyId);
        var proof = new PayoutProof
        {
            CycleId = request.CycleId,
            Line = ToWire(found.Line, found.Identifiers),
            LeafIndex = (ulong)found.LeafIndex,
            TreeSize = (ulong)found.TreeSize,
            MerkleRoot = Convert.ToHexStringLower(found.MerkleRoot),
            LeafHash = Convert.ToHexStringLower(found.LeafHash),
        };
        proof.AuditPath.AddRange(found.AuditPath.Select(Convert.ToHexStringLower));
        return proof;
    }

    private async Task<StoredCycle> FindAsync(string cycleId, ServerCallContext context)
    {
        RpcErrors.ThrowIfAny([EntityIds.Check("cycle_id", cycleId)]);
        return await reads.FindAsync(cycleId, context.CancellationToken);
    }

    private PayoutCycleTerms Validate(RunCycleRequest request, ServerCallContext context)
    {
        context.RequireRole("run payout cycles", Roles.Society).RequireParty(Roles.Society, request.SocietyId, $"run the payout cycles of society {EntityIds.Printable(request.SocietyId)}");
        var now = clock.GetUtcNow();
        RpcErrors.ThrowIfAny([
            EntityIds.Check("cycle_id", request.CycleId),
            EntityIds.Check("society_id", request.SocietyId),
            Currency.Check("currency", request.Currency),
            request.PeriodEnd is null
                ? new FieldViolation("period_end", "period_end is required: entries recorded up to it are paid in this cycle")
                : WireTimestamps.Check("period_end", request.PeriodEnd) ?? (request.PeriodEnd.ToDateTimeOffset() > now
                    ? new FieldViolation("period_end", $"period_end {request.PeriodEnd.ToDateTimeOffset():O} is in the future (server clock {now:O}); a period is paid once it has ended")
                    : null),
            request.MinimumPayoutMinor is < 0 or > PayoutPolicy.MaxMinimumPayoutMinor
                ? new FieldViolation("minimum_payout_minor",
                    $"minimum_payout_minor is {request.MinimumPayoutMinor:N0}, expected 0 to {PayoutPolicy.MaxMinimumPayoutMinor:N0}")
                : null]);
        return new PayoutCycleTerms(request.CycleId, request.SocietyId, request.Currency, request.PeriodEnd!.ToDateTimeOffset().ToUnixTimeMilliseconds(),
            request.MinimumPayoutMinor);
    }

    private static PayoutCycle ToWire(PayoutCycleView view)
    {
        var stored = view.Cycle;
        var r = stored.Request;
        var s = stored.Summary;
        var cycle = new PayoutCycle
        {
            CycleId = r.CycleId,
            SocietyId = r.SocietyId,
            Currency = r.Currency,
            PeriodEnd = Timestamp.FromDateTimeOffset(DateTimeOffset.FromUnixTimeMilliseconds(r.PeriodEndUnixMs)),
            CutoffEntryNo = stored.CutoffEntryNo,
            Status = stored.Committed ? "committed" : "preview",
            MerkleRoot = Convert.ToHexStringLower(stored.MerkleRoot),
            JournalEntryNo = stored.JournalEntryNo,
            MinimumPayoutMinor = r.MinimumPayoutMinor,
            CommissionBps = (uint)r.CommissionBasisPoints,
            Summary = new Contracts.V1.PayoutSummary
            {
                Currency = s.Currency, PayableNanos = Int128Wire.Format(s.PayableNanos), PaidNanos = Int128Wire.Format(s.PaidNanos),
                PaidMinor = Int128Wire.Format(s.PaidMinor), CommissionNanos = Int128Wire.Format(s.CommissionNanos),
                CarriedNanos = Int128Wire.Format(s.CarriedNanos), HeldNanos = Int128Wire.Format(s.HeldNanos),
                PartiesPaid = (uint)s.PartiesPaid, PartiesHeld = (uint)s.PartiesHeld, SuspenseEvents = (ulong)stored.SuspenseEvents,
            },
        };
        if (stored.CommittedAtUnixMs is { } at)
        {
            cycle.CommittedAt = Timestamp.FromDateTimeOffset(DateTimeOffset.FromUnixTimeMilliseconds(at));
        }

        cycle.Lines.AddRange(stored.Lines.Select(l => ToWire(l, view.Identifiers.GetValueOrDefault(l.PartyId, []))));
        return cycle;
    }

    private static Contracts.V1.PayoutLine ToWire(Domain.Payouts.PayoutLine line, ImmutableArray<IdentifierRecord> identifiers)
    {
        var wire = new Contracts.V1.PayoutLine
        {
            PartyId = line.PartyId, Currency = line.Currency, GrossNanos = Int128Wire.Format(line.GrossNanos),
            CommissionNanos = Int128Wire.Format(line.CommissionNanos), PaidMinor = Int128Wire.Format(line.PaidMinor),
            PaidNanos = Int128Wire.Format(line.PaidNanos), CarriedNanos = Int128Wire.Format(line.CarriedNanos), Held = line.Held,
        };
        wire.Identifiers.AddRange(identifiers.Select(i => $"{i.Scheme.ToString().ToLowerInvariant()}:{i.Value}"));
        return wire;
    }
}
