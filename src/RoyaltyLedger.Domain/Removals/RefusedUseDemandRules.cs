using System.Globalization;

namespace RoyaltyLedger.Domain.Removals;

/// <summary>
/// The removal demands the ledger opens itself (origin <see cref="RemovalOrigins.RefusedUse"/>, requested by
/// <see cref="RemovalOrigins.LedgerRole"/>): a creator refused training or fine-tuning of a work and a model was trained
/// or fine-tuned on it anyway. Demands for a work and model are numbered: the first is 1, and a later one (opened only
/// after the creator withdrew the one before and refused again) gets one more than the demands opened so far,
/// withdrawn ones included, so no id is reused.
/// </summary>
public static class RefusedUseDemandRules
{
    /// <summary>The next demand for work <paramref name="workId"/> and model <paramref name="modelId"/>, after <paramref name="openedSoFar"/> demands for the pair.</summary>
    public static RefusedUseDemand Next(string workId, string operatorId, string modelId, long firstAtUnixMs, int openedSoFar)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(openedSoFar);
        var number = checked(openedSoFar + 1);
        return new RefusedUseDemand(RemovalIds.RefusedUseDemand(workId, modelId, number), Reason(workId, operatorId, modelId, firstAtUnixMs, number));
    }

    private static string Reason(string workId, string operatorId, string modelId, long firstAtUnixMs, int number) =>
        $"a creator of work {workId} refused its use for training or fine-tuning" +
        (number == 1 ? "" : $" again after demand {RemovalIds.RefusedUseDemand(workId, modelId, number - 1)} was withdrawn") +
        $", and operator {operatorId} reported such a use by model {modelId} " +
        $"(the first at {DateTimeOffset.FromUnixTimeMilliseconds(firstAtUnixMs).UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture)})";
}
