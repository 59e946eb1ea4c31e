using RoyaltyLedger.Grains.Abstractions.Registry;
using RoyaltyLedger.Application.Projection;
using RoyaltyLedger.Application.Quarantine;

namespace RoyaltyLedger.Grains.Projection;

/// <summary>
/// What a round (or a retry of quarantined uses) prices from: its log rows, their decoded uses with each one's work,
/// rating and claim settlements, and what already failed: rows that could not be decoded (set aside whole) and uses
/// whose work's rating failed. Kept until the round commits, so that a commit failing on one use can be built again
/// without it (<see cref="CommitIsolation"/>).
/// </summary>
internal sealed record RoundInputs(
    IReadOnlyList<long> LogSeqs,
    IReadOnlyList<LoggedUse> Uses,
    IReadOnlyList<string?> Works,
    IReadOnlyList<UseRating?> Ratings,
    IReadOnlyDictionary<(string OperatorId, string WorkId), long> Settled,
    IReadOnlyList<QuarantinedUse> RowFailures,
    IReadOnlyDictionary<int, Exception> RatingFailures)
{
    /// <summary>Quarantined rows a retry takes (deleted in its commit); empty for a round, which takes pending log rows instead.</summary>
    public IReadOnlyDictionary<(long LogSeq, int EventIndex), QuarantinedUse> Retried { get; init; } = new Dictionary<(long, int), QuarantinedUse>();

    /// <summary>The partition whose lock and journal chain the commit takes (docs/partitions.md).</summary>
    public int Partition { get; init; }

    /// <summary>True for a retry of quarantined uses.</summary>
    public bool IsRetry => Retried.Count > 0;

    /// <summary>Decodes the counted uses of each row; a row that cannot be decoded is set aside whole, as its one quarantined "use".</summary>
    public static (List<LoggedUse> Uses, List<(PendingBatch Row, Exception Error)> Broken) Decode(IEnumerable<PendingBatch> rows, ProjectionFailures failures)
    {
        var uses = new List<LoggedUse>();
        var broken = new List<(PendingBatch, Exception)>();
        foreach (var row in rows)
        {
            try
            {
                uses.AddRange(LogDecoder.CountedUses(row));
            }
            catch (Exception exception) when (failures.IsUses(exception))
            {
                broken.Add((row, exception));
            }
        }

        return (uses, broken);
    }

    public static QuarantinedUse Quarantine(LoggedUse use, string? workId, Exception error, long nowUnixMs) =>
        new(use.LogSeq, use.EventIndex, use.OperatorId, use.EventId, workId ?? use.WorkId, TypeName(error), error.Message, nowUnixMs, nowUnixMs, 1);

    public static QuarantinedUse Quarantine(PendingBatch row, Exception error, long nowUnixMs) =>
        new(row.LogSeq, UseKeys.WholeRow, row.OperatorId, "", "", TypeName(error), error.Message, nowUnixMs, nowUnixMs, 1);

    private static string TypeName(Exception error) => error.GetType().FullName ?? error.GetType().Name;
}
