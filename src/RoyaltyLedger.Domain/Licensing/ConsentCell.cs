namespace RoyaltyLedger.Domain.Licensing;

/// <summary>
/// One number per (contributor, use) in a split, holding the winning consent record among those for any operator:
/// bits 0–1 its state, bits 2–3 its rank plus one (0 when there is no such record), bit 4 set when records for
/// particular operators exist too and must be consulted. Most cells answer the check without reading anything else.
/// </summary>
internal static class ConsentCell
{
    /// <summary>A work-specific record outranks any all-works record, whatever their operator scope.</summary>
    public const int WorkSpecific = 2;

    public const int OperatorSpecific = 1;

    private const int HasOperatorRecordsBit = 16;

    public static int RankOf(ConsentRecord record) =>
        (record.WorkId is null ? 0 : WorkSpecific) + (record.OperatorId is null ? 0 : OperatorSpecific);

    public static short Encode(ConsentState state, int rank, bool hasOperatorRecords) =>
        (short)((int)state | ((rank + 1) << 2) | (hasOperatorRecords ? HasOperatorRecordsBit : 0));

    public static ConsentState State(short cell) => (ConsentState)(cell & 3);

    /// <summary>The winning record's rank, or -1 when no record applies to any operator.</summary>
    public static int Rank(short cell) => ((cell >> 2) & 3) - 1;

    public static bool HasOperatorRecords(short cell) => (cell & HasOperatorRecordsBit) != 0;
}
