using Google.Protobuf.WellKnownTypes;
using Grpc.Core;
using RoyaltyLedger.Contracts.V1;
using RoyaltyLedger.Domain.Money;
using RoyaltyLedger.Domain.Payouts;
using RoyaltyLedger.Domain.Validation;
using RoyaltyLedger.Grains.Abstractions.Registry;
using RoyaltyLedger.Server.Security;
using RoyaltyLedger.Storage;
using RoyaltyLedger.Storage.Payouts;
using RoyaltyLedger.Application.Payouts;

namespace RoyaltyLedger.Server.Grpc;

/// <summary>Runs a society's payout cycles over the journal and hands members their Merkle inclusion proofs.</summary>
internal sealed class PayoutsService(IPayoutStore payouts, IGrainFactory grains, TimeProvider clock) : Payouts.PayoutsBase
{
    public override async Task<PayoutCycle> PreviewCycle(RunCycleRequest request, ServerCallContext context)
    {
        var cycle = await ValidateAsync(request, context);
        return await ToWireAsync(await payouts.PreviewCycleAsync(cycle, context.CancellationToken));
    }

    public override async Task<PayoutCycle> CommitCycle(RunCycleRequest request, ServerCallContext context)
    {
        var cycle = await ValidateAsync(request, context);
        var (stored, _) = await payouts.CommitCycleAsync(cycle, clock.GetUtcNow().ToUnixTimeMilliseconds(), context.CancellationToken);
        if (CycleRequestDifferences.Describe(stored.Request, cycle) is { } conflict)
        {
            RpcErrors.AlreadyExists(conflict);
        }

        return await ToWireAsync(stored);
    }

    public override async Task<PayoutCycle> GetCycle(GetCycleRequest request, ServerCallContext context)
    {
        var stored = await FindAsync(request.CycleId, context);
        context.RequireRole("read payout cycles", Roles.Society).RequireParty(Roles.Society, stored.Request.SocietyId, $"read the cycles of society {stored.Request.SocietyId}");
        return await ToWireAsync(stored);
    }

    public override async Task<PayoutProof> GetPayoutProof(GetPayoutProofRequest request, ServerCallContext context)
    {
        var stored = await FindAsync(request.CycleId, context);
        var caller = context.Caller();
        if (!caller.IsAdmin && !caller.Is(Roles.Society, stored.Request.SocietyId) && caller.PartyId != request.PartyId)
        {
            CallerAccess.Deny($"{caller} may fetch only their own payout proof, not {EntityIds.Printable(request.PartyId)}'s");
        }

        var index = stored.Lines.ToList().FindIndex(l => l.PartyId == request.PartyId);
        if (index < 0)
        {
            RpcErrors.NotFound($"cycle {request.CycleId} has no line for {EntityIds.Printable(request.PartyId)}");
        }

        var leaves = stored.Lines.Select(l => PayoutLeaf.Hash(stored.Request.CycleId, l)).ToList();
        var proof = new PayoutProof
        {
            CycleId = request.CycleId,
            Line = await LineAsync(stored.Lines[index]),
            LeafIndex = (ulong)index,
            TreeSize = (ulong)leaves.Count,
            MerkleRoot = Convert.ToHexStringLower(stored.MerkleRoot),
            LeafHash = Convert.ToHexStringLower(leaves[index]),
        };
        proof.AuditPath.AddRange(MerkleTree.InclusionProof(leaves, index).Select(Convert.ToHexStringLower));
        return proof;
    }

    private async Task<StoredCycle> FindAsync(string cycleId, ServerCallContext context)
    {
        RpcErrors.ThrowIfAny([EntityIds.Check("cycle_id", cycleId)]);
        return await payouts.GetCycleAsync(cycleId, context.CancellationToken)
            ?? throw new RpcException(new global::Grpc.Core.Status(StatusCode.NotFound, $"payout cycle {cycleId} has not been committed"));
    }

    private async Task<CycleRequest> ValidateAsync(RunCycleRequest request, ServerCallContext context)
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
        var society = await grains.GetGrain<ISocietyGrain>(request.SocietyId).Describe();
        if (society is null)
        {
            RpcErrors.NotFound($"society {request.SocietyId} is not registered");
        }

        return new CycleRequest(request.CycleId, request.SocietyId, request.Currency, request.PeriodEnd!.ToDateTimeOffset().ToUnixTimeMilliseconds(),
            request.MinimumPayoutMinor, society.CommissionBasisPoints);
    }

    private async Task<PayoutCycle> ToWireAsync(StoredCycle stored)
    {
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

        foreach (var line in stored.Lines)
        {
            cycle.Lines.Add(await LineAsync(line));
        }

        return cycle;
    }

    private async Task<Contracts.V1.PayoutLine> LineAsync(Domain.Payouts.PayoutLine line)
    {
        var wire = new Contracts.V1.PayoutLine
        {
            PartyId = line.PartyId, Currency = line.Currency, GrossNanos = Int128Wire.Format(line.GrossNanos),
            CommissionNanos = Int128Wire.Format(line.CommissionNanos), PaidMinor = Int128Wire.Format(line.PaidMinor),
            PaidNanos = Int128Wire.Format(line.PaidNanos), CarriedNanos = Int128Wire.Format(line.CarriedNanos), Held = line.Held,
        };
        if (await grains.GetGrain<ICreatorGrain>(line.PartyId).Describe() is { } creator)
        {
            wire.Identifiers.AddRange(creator.Identifiers.Select(i => $"{i.Scheme.ToString().ToLowerInvariant()}:{i.Value}"));
        }

        return wire;
    }
}
