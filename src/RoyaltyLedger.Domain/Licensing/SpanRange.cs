namespace RoyaltyLedger.Domain.Licensing;

/// <summary>A licence's run of entries in one of its snapshot's shared tables; <see cref="All"/> stands for an open scope (all models, worldwide).</summary>
internal readonly record struct SpanRange(int Start, int Count)
{
    public static readonly SpanRange All = new(0, -1);

    public bool IsAll => Count < 0;
}
