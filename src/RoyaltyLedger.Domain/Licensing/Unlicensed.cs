namespace RoyaltyLedger.Domain.Licensing;

/// <summary>
/// No licence covers the use; <see cref="Reason"/> names what failed and the values involved. The check records only
/// which test failed and on what; the sentence is written the first time <see cref="Reason"/> is read (and kept), so
/// a check costs no text when nobody reads it, and a reason read twice is written once. Two decisions are equal when
/// their reasons are.
/// </summary>
public sealed record Unlicensed : LicenceDecision
{
    private readonly CompiledWork? _work;
    private readonly UseOfWork? _use;
    private readonly UnlicensedBy _by;
    private readonly int _splitIndex;
    private readonly int _licence;
    private readonly LicenceMiss _miss;
    private string? _reason;

    public Unlicensed(string reason)
    {
        ArgumentNullException.ThrowIfNull(reason);
        _reason = reason;
    }

    private Unlicensed(UnlicensedBy by, CompiledWork work, UseOfWork use, int splitIndex = -1, int licence = -1, LicenceMiss miss = LicenceMiss.None)
    {
        (_by, _work, _use, _splitIndex, _licence, _miss) = (by, work, use, splitIndex, licence, miss);
    }

    private enum UnlicensedBy
    {
        Text,
        NoSplitInForce,
        MalformedTerritory,
        NoLicence,
        Miss,
    }

    public string Reason => _reason ??= Describe();

    public bool Equals(Unlicensed? other) => ReferenceEquals(this, other) || (other is not null && string.Equals(Reason, other.Reason, StringComparison.Ordinal));

    public override int GetHashCode() => StringComparer.Ordinal.GetHashCode(Reason);

    internal static Unlicensed NoSplitInForce(CompiledWork work, UseOfWork use) => new(UnlicensedBy.NoSplitInForce, work, use);

    internal static Unlicensed MalformedTerritory(CompiledWork work, UseOfWork use) => new(UnlicensedBy.MalformedTerritory, work, use);

    internal static Unlicensed NoLicence(CompiledWork work, UseOfWork use) => new(UnlicensedBy.NoLicence, work, use);

    /// <summary>The <paramref name="licence"/>th licence of the snapshot came closest, failing at <paramref name="miss"/>.</summary>
    internal static Unlicensed Miss(CompiledWork work, UseOfWork use, int splitIndex, int licence, LicenceMiss miss) =>
        new(UnlicensedBy.Miss, work, use, splitIndex, licence, miss);

    private string Describe()
    {
        var (work, use) = (_work!, _use!);
        return _by switch
        {
            UnlicensedBy.NoSplitInForce => Reasons.NoSplitInForce(work, use),
            UnlicensedBy.MalformedTerritory => Reasons.MalformedTerritory(use),
            UnlicensedBy.NoLicence => Reasons.NoLicence(work, use),
            _ => Reasons.Miss(work, use, _splitIndex, _licence, _miss),
        };
    }
}
