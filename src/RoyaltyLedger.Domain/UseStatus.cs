namespace RoyaltyLedger.Domain;

/// <summary>
/// How a counted use stands with respect to licensing: the one definition of the statuses, for a rating (licensed,
/// unlicensed or refused) and for the stored totals (all five). Stored and on the wire as its name in
/// <see cref="UseStatusNames"/>; the numbers are serialized between silos: never renumber or reuse one.
/// </summary>
public enum UseStatus
{
    Licensed = 1,
    Unlicensed = 2,

    /// <summary>A contributor in force explicitly refused the use: a violation, credited but never paid as licensed.</summary>
    Refused = 3,

    /// <summary>The work named is not registered; the event waits in suspense to be matched.</summary>
    Unidentified = 4,

    /// <summary>An unlicensed use whose claim the operator settled: paid at the unlicensed tariff.</summary>
    Settled = 5,
}
