namespace RoyaltyLedger.Grains.Projection;

/// <summary>
/// What a projection round did. <see cref="Full"/>: it hit a round limit, so more rows may be waiting.
/// <see cref="Conflicted"/>: another projector had committed some of its rows, so it committed nothing.
/// </summary>
internal sealed record RoundOutcome(int Batches, int Events, bool Full, bool Conflicted)
{
    public static readonly RoundOutcome Empty = new(0, 0, false, false);
}
