namespace RoyaltyLedger.Domain.Usage;

/// <summary>One reported use of a work by a model, as the operator sent it.</summary>
public sealed record UsageEvent(
    string EventId,
    string ModelId,
    string WorkId,
    UseKind Use,
    long Units,
    string UnitKind,
    long? AttributionWeightPpm,
    DateTimeOffset? OccurredAt,
    string AttributionMethod,
    string AttributionMethodVersion)
{
    /// <summary>ISO 3166-1 alpha-2 code of where the use happened, or empty when unknown.</summary>
    public string TerritoryCode { get; init; } = "";

    /// <summary>Revenue the use earned, in micros of <see cref="RevenueCurrency"/>, or null when not reported.</summary>
    public long? RevenueMicros { get; init; }

    public string RevenueCurrency { get; init; } = "";

    /// <summary>An external identifier's scheme (iswc, isrc, isbn13, doi, iscc, url) naming the work when <see cref="WorkId"/> is empty.</summary>
    public string WorkRefScheme { get; init; } = "";

    public string WorkRefValue { get; init; } = "";
}
