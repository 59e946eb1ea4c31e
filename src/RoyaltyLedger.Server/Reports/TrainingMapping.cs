using Google.Protobuf.WellKnownTypes;
using RoyaltyLedger.Contracts.V1;
using RoyaltyLedger.Grains.Abstractions.Registry;
using RoyaltyLedger.Server.Grpc;
using RoyaltyLedger.Storage;
using RoyaltyLedger.Application.Projection;
using RoyaltyLedger.Application.Reports;
using UseStatus = RoyaltyLedger.Domain.UseStatus;
using UseStatusNames = RoyaltyLedger.Domain.UseStatusNames;

namespace RoyaltyLedger.Server.Reports;

/// <summary>Turns training rows into the transparency report's wire messages.</summary>
internal static class TrainingMapping
{
    /// <summary>Licensed, then unlicensed, then refused: the order reports list statuses in.</summary>
    public static int StatusRank(string status) => !UseStatusNames.TryParse(status, out var known) ? 3 : known switch
    {
        UseStatus.Licensed => 0,
        UseStatus.Unlicensed => 1,
        UseStatus.Refused => 2,
        _ => 3,
    };

    public static TrainingUse ToWire(this TrainingUseRow r) => new()
    {
        Use = (UseKind)r.UseKind,
        LicenceStatus = r.Status,
        UnitKind = r.UnitKind,
        EventCount = (ulong)r.EventCount,
        Units = checked((long)r.Units),
        FirstUsedAt = Timestamp.FromDateTimeOffset(DateTimeOffset.FromUnixTimeMilliseconds(r.FirstAtUnixMs)),
        LastUsedAt = Timestamp.FromDateTimeOffset(DateTimeOffset.FromUnixTimeMilliseconds(r.LastAtUnixMs)),
    };

    /// <summary>Uses in a stable order whatever the database's collation: by use, status, unit kind.</summary>
    public static IEnumerable<TrainingUse> Uses(IEnumerable<TrainingUseRow> rows) =>
        rows.OrderBy(r => r.UseKind).ThenBy(r => StatusRank(r.Status)).ThenBy(r => r.UnitKind, StringComparer.Ordinal).Select(ToWire);

    /// <summary>One work of a model's report: its uses, when first and last used, and the creators of the split in force now.</summary>
    public static TrainedWork ToTrainedWork(string workId, IReadOnlyList<TrainingUseRow> rows, WorkSnapshot? work, DateTimeOffset now)
    {
        var trained = new TrainedWork
        {
            WorkId = workId,
            Title = work?.Definition.Title ?? "",
            FirstUsedAt = Timestamp.FromDateTimeOffset(DateTimeOffset.FromUnixTimeMilliseconds(rows.Min(r => r.FirstAtUnixMs))),
            LastUsedAt = Timestamp.FromDateTimeOffset(DateTimeOffset.FromUnixTimeMilliseconds(rows.Max(r => r.LastAtUnixMs))),
        };
        trained.LicenceStatuses.AddRange(rows.Select(r => r.Status).Distinct(StringComparer.Ordinal).OrderBy(StatusRank));
        trained.Uses.AddRange(Uses(rows));
        if (work is not null)
        {
            var inForce = work.Splits.LastOrDefault(v => v.EffectiveFrom <= now) ?? work.Splits[0];
            trained.Creators.AddRange(inForce.Contributors.Select(c => c.ToWire()));
        }

        return trained;
    }

    public static TrainingTotal ToWire(this TrainingTotalRow t) => new()
    {
        Use = (UseKind)t.UseKind,
        LicenceStatus = t.Status,
        UnitKind = t.UnitKind,
        WorkCount = (ulong)t.WorkCount,
        EventCount = (ulong)t.EventCount,
        Units = checked((long)t.Units),
    };

    /// <summary>Consecutive rows sharing a key, in the order the store returned them (its keyset order).</summary>
    public static IEnumerable<(TKey Key, List<TrainingUseRow> Rows)> Runs<TKey>(IReadOnlyList<TrainingUseRow> rows, Func<TrainingUseRow, TKey> key)
    {
        ArgumentNullException.ThrowIfNull(rows);
        ArgumentNullException.ThrowIfNull(key);
        for (var start = 0; start < rows.Count;)
        {
            var end = start + 1;
            while (end < rows.Count && EqualityComparer<TKey>.Default.Equals(key(rows[end]), key(rows[start])))
            {
                end++;
            }

            yield return (key(rows[start]), rows.Skip(start).Take(end - start).ToList());
            start = end;
        }
    }
}
