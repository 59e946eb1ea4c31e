namespace RoyaltyLedger.Application.Quarantine;

/// <summary>
/// What a rolled-back trial of a projection commit found: it would have committed (<see cref="Failure"/> null), another
/// projector had taken its rows (<see cref="Conflicted"/>), or it failed with <see cref="Failure"/>.
/// </summary>
public sealed record QuarantineProbe(bool Conflicted, Exception? Failure)
{
    public static readonly QuarantineProbe Passed = new(false, null);
}
