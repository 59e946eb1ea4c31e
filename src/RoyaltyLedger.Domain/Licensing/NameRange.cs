namespace RoyaltyLedger.Domain.Licensing;

/// <summary>Where an id lies in a snapshot's table of names: one string holding every operator and model id its licences name.</summary>
internal readonly record struct NameRange(int Start, int Length)
{
    public ReadOnlySpan<char> In(string names) => names.AsSpan(Start, Length);
}
