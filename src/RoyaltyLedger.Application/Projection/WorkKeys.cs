using RoyaltyLedger.Domain.Identifiers;

namespace RoyaltyLedger.Application.Projection;

/// <summary>
/// A use's work key (docs/partitions.md): what it is totalled, posted and partitioned under. Shared by the ingest edge,
/// which files each counted use into its partition, and the projector, which must agree with it.
/// </summary>
public static class WorkKeys
{
    /// <summary>
    /// The identifier a use names, normalized like registered works' identifiers (so "US-RC1-76-07839" finds
    /// "USRC17607839"). A scheme works cannot carry (e.g. "url") or a value that does not parse is kept as given,
    /// lower-case scheme; null when the use names none.
    /// </summary>
    public static WorkRef? Ref(string scheme, string value)
    {
        ArgumentNullException.ThrowIfNull(scheme);
        ArgumentNullException.ThrowIfNull(value);
        if (scheme.Length == 0 && value.Length == 0)
        {
            return null;
        }

        if (IdentifierRules.TryParseScheme(scheme, out var parsed)
            && IdentifierList.WorkSchemes.Contains(parsed)
            && IdentifierRules.TryNormalize(parsed, value, out var normalized))
        {
            return new WorkRef(IdentifierList.Name(parsed), normalized);
        }

        return new WorkRef(scheme.ToLowerInvariant(), value);
    }

    /// <summary>
    /// The key a use is partitioned by: its work id when given, else the registered work carrying its identifier
    /// (<paramref name="registered"/>, null when none is known), else "scheme/value" of the normalized identifier (the
    /// suspense key: a slash never occurs in a work id), else empty.
    /// </summary>
    public static string Of(string workId, WorkRef? identifier, string? registered) =>
        workId.Length > 0 ? workId
        : registered is not null ? registered
        : identifier is { } r ? Suspense("", r.Scheme, r.Value)
        : "";

    /// <summary>The work id under which suspense is totalled: the given work id, else "scheme/value", else empty.</summary>
    public static string Suspense(string workId, string refScheme, string refValue) =>
        workId.Length > 0 ? workId : refScheme.Length > 0 ? $"{refScheme}/{refValue}" : "";
}
