using RoyaltyLedger.Domain.Money;
using System.Collections.Immutable;
using Google.Protobuf.WellKnownTypes;
using RoyaltyLedger.Domain.Identifiers;
using RoyaltyLedger.Domain.Usage;
using RoyaltyLedger.Domain.Validation;
using RoyaltyLedger.Grains.Abstractions.Registry;
using RoyaltyLedger.Grains.Abstractions.Statements;
using RoyaltyLedger.Grains.Abstractions.Usage;
using V1 = RoyaltyLedger.Contracts.V1;
using DomainUse = RoyaltyLedger.Domain.UseKind;
using RoyaltyLedger.Application.Projection;

namespace RoyaltyLedger.Server.Grpc;

/// <summary>Maps wire messages to grain records and back. The wire enums share values with the domain enums.</summary>
internal static class Mapping
{
    public static V1.Creator ToWire(this CreatorProfile p)
    {
        var creator = new V1.Creator { CreatorId = p.CreatorId, DisplayName = p.DisplayName };
        creator.Identifiers.AddRange(p.Identifiers.Select(ToWire));
        return creator;
    }

    public static V1.Identifier ToWire(this IdentifierRecord i) => new() { Scheme = IdentifierList.Name(i.Scheme), Value = i.Value };

    /// <summary>Normalizes wire identifiers for an owner, returning records or the violations found.</summary>
    public static (ImmutableArray<IdentifierRecord> Records, List<FieldViolation> Violations) ToRecords(
        this IEnumerable<V1.Identifier> identifiers, IReadOnlySet<IdentifierScheme> allowed, string owner)
    {
        var (normalized, violations) = IdentifierList.Normalize([.. identifiers.Select(i => (i.Scheme, i.Value))], allowed, owner);
        return ([.. normalized.Select(n => new IdentifierRecord(n.Scheme, n.Value))], violations);
    }

    public static V1.Operator ToWire(this OperatorProfile p) => new() { OperatorId = p.OperatorId, DisplayName = p.DisplayName };

    public static V1.Model ToWire(this ModelProfile p) =>
        new() { ModelId = p.ModelId, OperatorId = p.OperatorId, DisplayName = p.DisplayName };

    /// <summary>The work with the split in force at <paramref name="now"/> as its contributors; a later amendment is listed only in its splits.</summary>
    public static V1.Work ToWire(this WorkSnapshot s, DateTimeOffset now)
    {
        var work = new V1.Work { WorkId = s.Definition.WorkId, Title = s.Definition.Title, Medium = s.Definition.Medium };
        var inForce = s.Splits.LastOrDefault(v => v.EffectiveFrom <= now) ?? s.Splits[0];
        work.Contributors.AddRange(inForce.Contributors.Select(ToWire));
        work.Licences.AddRange(s.Licences.Select(l => l.ToWire()));
        work.Identifiers.AddRange(s.Definition.Identifiers.Select(ToWire));
        work.RightsholderIds.AddRange(s.Definition.RightsholderIds);
        foreach (var split in s.Splits)
        {
            var version = new V1.SplitVersion
            {
                EffectiveFrom = Timestamp.FromDateTimeOffset(split.EffectiveFrom),
                RecordedAt = Timestamp.FromDateTimeOffset(split.RecordedAt),
                Note = split.Note,
                Correction = split.Correction,
            };
            version.Contributors.AddRange(split.Contributors.Select(ToWire));
            work.Splits.Add(version);
        }

        return work;
    }

    public static V1.Contributor ToWire(this ContributorShare c) =>
        new() { CreatorId = c.CreatorId, Role = c.Role, ShareBps = (uint)c.ShareBasisPoints };

    public static ImmutableArray<ContributorShare> ToRecords(this IEnumerable<V1.Contributor> contributors) =>
        [.. contributors.Select(c => new ContributorShare(c.CreatorId, c.Role, checked((int)Math.Min(c.ShareBps, int.MaxValue))))];

    public static UsageEvent ToDomain(this V1.UsageEvent e) => new(
        e.EventId, e.ModelId, e.WorkId, (DomainUse)(int)e.Use, e.Units, e.UnitKind,
        e.HasAttributionWeightPpm ? e.AttributionWeightPpm : null,
        e.OccurredAt?.ToDateTimeOffset(),
        e.AttributionMethod, e.AttributionMethodVersion)
    {
        TerritoryCode = e.Territory,
        RevenueMicros = e.HasRevenueMicros ? e.RevenueMicros : null,
        RevenueCurrency = e.RevenueCurrency,
        WorkRefScheme = e.WorkRef?.Scheme ?? "",
        WorkRefValue = e.WorkRef?.Value ?? "",
    };

    public static V1.BatchAck ToWire(this BatchAckRecord a)
    {
        var ack = new V1.BatchAck
        {
            BatchSeq = (ulong)a.BatchSeq,
            Accepted = (uint)a.Accepted,
            Duplicates = (uint)a.Duplicates,
        };
        ack.Rejections.AddRange(a.Rejections.Select(r => new V1.EventRejection
        {
            Index = (uint)r.Index,
            Reason = (V1.RejectionReason)(int)r.Reason,
            Field = r.Field,
            Message = r.Message,
        }));
        ack.DuplicateIndexes.AddRange(a.DuplicateIndexes.Select(i => (uint)i));
        return ack;
    }

    public static V1.CreatorStatement ToWire(this CreatorStatementView s)
    {
        var statement = new V1.CreatorStatement { CreatorId = s.CreatorId, DisplayName = s.DisplayName ?? "" };
        statement.Lines.AddRange(s.Lines.Select(l => new V1.StatementLine
        {
            WorkId = l.WorkId,
            WorkTitle = l.WorkTitle,
            OperatorId = l.OperatorId,
            ModelId = l.ModelId,
            Use = (V1.UseKind)(int)l.Use,
            LicenceStatus = l.LicenceStatus,
            EventCount = (ulong)l.EventCount,
            Units = Int128Wire.Format(l.Units),
            UnitKind = l.UnitKind,
            Currency = l.Currency,
            AmountNanos = Int128Wire.Format(l.AmountNanos),
            Period = l.Period,
        }));
        statement.Totals.AddRange(s.Lines
            .Where(l => l.Currency.Length > 0)
            .GroupBy(l => l.Currency, StringComparer.Ordinal)
            .OrderBy(g => g.Key, StringComparer.Ordinal)
            .Select(g => new V1.CurrencyTotal { Currency = g.Key, AmountNanos = Int128Wire.Format(g.Sum(l => l.AmountNanos)) }));
        statement.UnlicensedEventCount = (ulong)s.Lines.Where(l => l.LicenceStatus == "unlicensed").Sum(l => l.EventCount);
        return statement;
    }

    public static Timestamp? ToTimestamp(this DateTimeOffset? value) => value is { } v ? Timestamp.FromDateTimeOffset(v) : null;
}
