using RoyaltyLedger.Application.Payouts;

namespace RoyaltyLedger.Storage.Payouts;

/// <summary>Why a cycle that pays nothing is not committed without allow_empty (docs/payouts.md).</summary>
internal static class EmptyCycle
{
    public static string Describe(StoredCycle cycle)
    {
        var r = cycle.Request;
        var held = cycle.Summary.PartiesHeld;
        var why = held == 0
            ? "no member of the society is owed anything in it"
            : $"{held} member(s) are owed less than the minimum payment and would be held over";
        return $"cycle {r.CycleId} ({r.SocietyId}, {r.Currency}, period {r.Period}) would pay nothing: {why}. Committing it would use up the cycle id " +
            $"and close period {r.Period} (later uses of it would be paid as late lines of the next cycle); preview it first, or pass --allow-empty " +
            "(allow_empty) to commit it anyway";
    }
}
