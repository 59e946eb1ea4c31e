using System.Collections.Immutable;
using System.Globalization;
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
        var (period, periodViolation) = PeriodOf(request, clock.GetUtcNow());
        RpcErrors.ThrowIfAny([
            EntityIds.Check("cycle_id", request.CycleId),
            EntityIds.Check("society_id", request.SocietyId),
            Currency.Check("currency", request.Currency),
            periodViolation,
            request.MinimumPayoutMinor is < 0 or > PayoutPolicy.MaxMinimumPayoutMinor
                ? new FieldViolation("minimum_payout_minor",
                    $"minimum_payout_minor is {request.MinimumPayoutMinor:N0}, expected 0 to {PayoutPolicy.MaxMinimumPayoutMinor:N0}")
                : null]);
        return new PayoutCycleTerms(request.CycleId, request.SocietyId, request.Currency, period!, request.HasMinimumPayoutMinor ? request.MinimumPayoutMinor : null)
        {
            AllowEmpty = request.AllowEmpty,
        };
    }

    /// <summary>The months the request pays (period, or a period_end at a month's end), which must have ended by <paramref name="now"/>.</summary>
    private static (PayoutPeriod? Period, FieldViolation? Violation) PeriodOf(RunCycleRequest request, DateTimeOffset now)
    {
        if (request.Period.Length > 0 && request.PeriodEnd is not null)
        {
            return (null, new FieldViolation("period", $"give period ('{EntityIds.Printable(request.Period)}') or period_end, not both"));
        }

        var (period, violation) = request.Period.Length > 0
            ? PayoutPeriod.Parse("period", request.Period)
            : request.PeriodEnd is null
                ? (null, new FieldViolation("period", "period is required: the months of use the cycle pays, e.g. 2026-11 or 2026-10..2026-12"))
                : WireTimestamps.Check("period_end", request.PeriodEnd) is { } bad
                    ? (null, bad)
                    : PayoutPeriod.FromPeriodEnd("period_end", request.PeriodEnd.ToDateTimeOffset());
        if (period is not null && period.End > now)
        {
            return (null, new FieldViolation("period", string.Create(CultureInfo.InvariantCulture,
                $"period {period} has not ended: it ends at {period.End:yyyy-MM-dd'T'HH:mm:ss'Z'} (server clock {now.UtcDateTime:yyyy-MM-dd'T'HH:mm:ss'Z'}); a period is paid once it has ended")));
        }

        return (period, violation);
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
            Period = r.Period?.ToString() ?? "",
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

        var parts = stored.Parts.ToLookup(p => p.PartyId, StringComparer.Ordinal);
        cycle.Lines.AddRange(stored.Lines.Select(l => WithParts(ToWire(l, view.Identifiers.GetValueOrDefault(l.PartyId, [])), l, parts[l.PartyId])));
        return cycle;
    }

    /// <summary>A cycle's line with its breakdown by month of use, and what was brought forward (gross less the parts).</summary>
    private static Contracts.V1.PayoutLine WithParts(Contracts.V1.PayoutLine wire, Domain.Payouts.PayoutLine line, IEnumerable<PayoutPart> parts)
    {
        Int128 covered = 0;
        foreach (var part in parts)
        {
            wire.Parts.Add(new PayoutLinePart { Period = part.Period, Kind = part.Kind, AmountNanos = Int128Wire.Format(part.AmountNanos) });
            covered += part.AmountNanos;
        }

        wire.BroughtForwardNanos = Int128Wire.Format(line.GrossNanos - covered);
        return wire;
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
