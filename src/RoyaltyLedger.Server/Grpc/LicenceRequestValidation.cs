using RoyaltyLedger.Contracts.V1;
using RoyaltyLedger.Domain.Licensing;
using RoyaltyLedger.Domain.Money;
using RoyaltyLedger.Domain.Validation;
using RoyaltyLedger.Grains.Abstractions.Licensing;

namespace RoyaltyLedger.Server.Grpc;

/// <summary>
/// Field checks for licence requests. The terms are checked by building the licence a work would get and running it
/// through <see cref="LicenceRules"/>, so that a request can only be filed if the licences it issues are valid.
/// </summary>
internal static class LicenceRequestValidation
{
    /// <summary>Leaves room in licence ids, which are the request id plus ".n".</summary>
    public const int MaxRequestIdLength = 48;

    public const int MaxTextLength = 2_000;

    // The licensor and the work are settled per work when its licence is issued; stand-ins take their place here.
    private static readonly Licensor StandInLicensor = Licensor.OfCreator("stand-in");
    private const string StandInWork = "stand-in";

    /// <summary>Field violations of a filing; <paramref name="raw"/> keeps the lists as sent so that positions match the caller's.</summary>
    public static IEnumerable<FieldViolation?> Filing(FileLicenceRequestRequest request, LicenceRequestTerms raw, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(request);
        ArgumentNullException.ThrowIfNull(raw);
        yield return EntityIds.Check("request_id", request.RequestId);
        yield return request.RequestId.Length > MaxRequestIdLength
            ? new FieldViolation("request_id", $"request_id is {request.RequestId.Length} characters long, at most {MaxRequestIdLength} are allowed")
            : null;
        foreach (var v in Scope(request))
        {
            yield return v;
        }

        for (var i = 0; i < request.Uses.Count; i++)
        {
            yield return UseKinds.Check($"uses[{i}]", request.Uses[i]);
        }

        yield return Text.CheckRequired("purpose", request.Purpose, MaxTextLength);

        // The licence id carries the words "request X" so that the rules' messages read "licence request X ...";
        // request_id has its own checks above, so the rules' verdict on the stand-in id is dropped.
        var candidate = raw.LicenceFor($"request {raw.RequestId}", StandInLicensor, StandInWork, raw.StartsAt ?? now, null);
        foreach (var v in LicenceRules.Validate(candidate.ToDomain()))
        {
            yield return v.Field switch
            {
                "licence_id" or "work_ids" or "licensor.kind" or "licensor.id" => null,
                _ when v.Field.StartsWith("uses[", StringComparison.Ordinal) => null,
                _ when v.Field.StartsWith("territory_codes", StringComparison.Ordinal) => Renamed(v, "territory_codes", "territories"),
                _ when v.Field.StartsWith("tariff", StringComparison.Ordinal) => Renamed(v, "tariff", "proposed_tariff"),
                _ => v,
            };
        }
    }

    /// <summary>A counter comes only with COUNTERED, and then prices something: a valid tariff, a revenue share in range, or both.</summary>
    public static IEnumerable<FieldViolation?> Counter(DecideLicenceRequestRequest request, CounterTerms? counter)
    {
        ArgumentNullException.ThrowIfNull(request);
        if (request.Decision != RequestDecision.Countered)
        {
            yield return counter is null ? null : new FieldViolation("counter_tariff",
                $"counter_tariff and counter_revenue_share_bps go with a countered decision only; this decision is {request.Decision}");
            yield break;
        }

        if (counter is null)
        {
            yield return new FieldViolation("counter_tariff", "a countered decision proposes counter_tariff, counter_revenue_share_bps or both");
            yield break;
        }

        foreach (var v in counter.Tariff?.ToDomain().Validate("counter_tariff") ?? [])
        {
            yield return v;
        }

        yield return counter.RevenueShareBasisPoints is { } bps and (<= 0 or > Scales.BasisPointsWhole)
            ? new FieldViolation("counter_revenue_share_bps", $"counter_revenue_share_bps is {bps:N0}, expected 1 to {Scales.BasisPointsWhole:N0}")
            : null;
    }

    private static IEnumerable<FieldViolation?> Scope(FileLicenceRequestRequest request)
    {
        var works = request.WorkIds.Count;
        if (request.CatalogueRightsholderId.Length > 0)
        {
            yield return works == 0 ? EntityIds.Check("catalogue_rightsholder_id", request.CatalogueRightsholderId)
                : new FieldViolation("catalogue_rightsholder_id", $"catalogue_rightsholder_id is set and work_ids lists {works:N0} works; ask for listed works or for a catalogue, not both");
            yield break;
        }

        yield return works is 0 or > LicenceRequestTerms.MaxWorks
            ? new FieldViolation("work_ids", $"work_ids lists {works:N0} works, expected 1 to {LicenceRequestTerms.MaxWorks:N0} (or none, with catalogue_rightsholder_id)")
            : null;
        for (var i = 0; i < works && i < LicenceRequestTerms.MaxWorks; i++)
        {
            yield return EntityIds.Check($"work_ids[{i}]", request.WorkIds[i]);
        }
    }

    /// <summary>The rules name fields as the licence record does; the request names some differently, in the message too.</summary>
    private static FieldViolation Renamed(FieldViolation v, string from, string to)
    {
        var field = to + v.Field[from.Length..];
        var description = v.Description.StartsWith(v.Field, StringComparison.Ordinal) ? field + v.Description[v.Field.Length..] : v.Description;
        return new FieldViolation(field, description);
    }
}
