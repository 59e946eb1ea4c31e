namespace RoyaltyLedger.Domain.Licensing;

/// <summary>
/// A creator's answer to one use of their work. <see cref="NotGiven"/> is the default: without a
/// <see cref="Granted"/> record nothing is authorised. A <see cref="Refused"/> record is explicit and kept.
/// </summary>
public enum ConsentState
{
    NotGiven = 0,
    Granted = 1,
    Refused = 2,
}
