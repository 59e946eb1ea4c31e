using Google.Protobuf.WellKnownTypes;
using RoyaltyLedger.Domain.Licensing;
using RoyaltyLedger.Grains.Abstractions.Licensing;
using V1 = RoyaltyLedger.Contracts.V1;
using DomainUse = RoyaltyLedger.Domain.UseKind;

namespace RoyaltyLedger.Server.Grpc;

internal static class LicenceMapping
{
    public static V1.Licence ToWire(this LicenceRecord l)
    {
        var licence = new V1.Licence
        {
            LicenceId = l.LicenceId,
            OperatorId = l.OperatorId,
            StartsAt = Timestamp.FromDateTimeOffset(l.StartsAt),
            EndsAt = l.EndsAt is { } end ? Timestamp.FromDateTimeOffset(end) : null,
            Retroactive = l.Retroactive,
            Tariff = l.Tariff?.ToWire(),
            AttributionOnly = l.AttributionOnly,
            GrantedAt = Timestamp.FromDateTimeOffset(l.GrantedAt),
            Source = l.Source,
        };
        if (l.LicensorKind == LicensorKind.Creator)
        {
            licence.LicensorCreatorId = l.LicensorId;
        }
        else
        {
            licence.LicensorRightsholderId = l.LicensorId;
        }

        if (l.RevenueShareBasisPoints is { } share)
        {
            licence.RevenueShareBps = (uint)share;
        }

        licence.ModelIds.AddRange(l.ModelIds);
        licence.WorkIds.AddRange(l.WorkIds);
        licence.Uses.AddRange(l.Uses.Select(u => (V1.UseKind)(int)u));
        licence.Territories.AddRange(l.TerritoryCodes);
        return licence;
    }

    public static V1.WorkCoverage ToWire(this WorkCoverageView w)
    {
        var coverage = new V1.WorkCoverage { WorkId = w.WorkId, Covered = w.Covered };
        coverage.Gaps.AddRange(w.Gaps.Select(g => new V1.CoverageGap
        {
            Use = g.Use is { } use ? (V1.UseKind)(int)use : V1.UseKind.Unspecified,
            CreatorId = g.CreatorId ?? "",
            Kind = GapKindName(g.Kind),
            Reason = g.Reason,
        }));
        return coverage;
    }

    public static string GapKindName(CoverageGapKind kind) => kind switch
    {
        CoverageGapKind.NotGiven => "not_given",
        CoverageGapKind.Refused => "refused",
        CoverageGapKind.NoSplitInForce => "no_split_in_force",
        CoverageGapKind.LicensorNotContributor => "licensor_not_contributor",
        CoverageGapKind.TermEnded => "term_ended",
        CoverageGapKind.NotStarted => "not_started",
        _ => kind.ToString(),
    };

    /// <summary>
    /// The wire licence as a record to validate with <see cref="LicenceRules"/>. An unset start is
    /// <paramref name="now"/>; lists are sorted and deduplicated so that a retry with the same set in another
    /// order is the same licence.
    /// </summary>
    public static LicenceRecord ToRecord(this V1.Licence l, DateTimeOffset now)
    {
        var (kind, licensor) = l.LicensorCase switch
        {
            V1.Licence.LicensorOneofCase.LicensorCreatorId => (LicensorKind.Creator, l.LicensorCreatorId),
            V1.Licence.LicensorOneofCase.LicensorRightsholderId => (LicensorKind.Rightsholder, l.LicensorRightsholderId),
            _ => (LicensorKind.Unspecified, ""),
        };
        return new LicenceRecord(
            l.LicenceId, kind, licensor, l.OperatorId,
            [.. l.ModelIds.Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal)],
            [.. l.WorkIds.Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal)],
            [.. l.Uses.Select(u => (DomainUse)(int)u).Distinct().Order()],
            [.. l.Territories.Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal)],
            l.StartsAt?.ToDateTimeOffset() ?? now,
            l.EndsAt?.ToDateTimeOffset(),
            l.Retroactive,
            l.Tariff is null ? null : l.Tariff.ToRecord(),
            l.HasRevenueShareBps ? checked((int)Math.Min(l.RevenueShareBps, int.MaxValue)) : null,
            l.AttributionOnly);
    }
}
