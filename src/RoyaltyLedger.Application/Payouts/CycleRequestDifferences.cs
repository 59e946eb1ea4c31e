using System.Globalization;

namespace RoyaltyLedger.Application.Payouts;

/// <summary>
/// What a second commit of a cycle id asks for that the committed cycle did not record. A cycle id is committed once:
/// the same parameters return the first result, other parameters are a conflict that names each difference.
/// </summary>
public static class CycleRequestDifferences
{
    /// <summary>One phrase per differing parameter: "period A, this request says B", in a fixed order.</summary>
    public static IReadOnlyList<string> Between(CycleRequest committed, CycleRequest requested)
    {
        ArgumentNullException.ThrowIfNull(committed);
        ArgumentNullException.ThrowIfNull(requested);
        var differences = new List<string>();
        Add(differences, "society", committed.SocietyId, requested.SocietyId);
        Add(differences, "currency", committed.Currency, requested.Currency);
        Add(differences, "period", Period(committed), Period(requested));
        Add(differences, "minimum payout", Minor(committed.MinimumPayoutMinor), Minor(requested.MinimumPayoutMinor));
        Add(differences, "commission", Bps(committed.CommissionBasisPoints), Bps(requested.CommissionBasisPoints));
        return differences;
    }

    /// <summary>
    /// "cycle C was committed with period A, this request says B; minimum payout ..., this request says ...",
    /// or null when the parameters are the same.
    /// </summary>
    public static string? Describe(CycleRequest committed, CycleRequest requested)
    {
        var differences = Between(committed, requested);
        return differences.Count == 0
            ? null
            : $"cycle {committed.CycleId} was committed with {string.Join("; ", differences)}; a cycle id is committed once, use a new cycle id for other parameters";
    }

    private static void Add(List<string> differences, string name, string committed, string requested)
    {
        if (!string.Equals(committed, requested, StringComparison.Ordinal))
        {
            differences.Add($"{name} {committed}, this request says {requested}");
        }
    }

    // A cycle from before periods were months names its period end instead.
    private static string Period(CycleRequest request) =>
        request.Period?.ToString() ?? "ending " + Instant(request.PeriodEndUnixMs);

    // Whole seconds print as 2026-11-30T23:59:59Z; milliseconds only when there are some.
    private static string Instant(long unixMs) =>
        DateTimeOffset.FromUnixTimeMilliseconds(unixMs).UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss.FFF'Z'", CultureInfo.InvariantCulture);

    private static string Minor(long minor) => string.Create(CultureInfo.InvariantCulture, $"{minor:N0} minor units");

    private static string Bps(int bps) => string.Create(CultureInfo.InvariantCulture, $"{bps:N0} bps");
}
