using RoyaltyLedger.Domain.Money;
using RoyaltyLedger.Domain.Validation;

namespace RoyaltyLedger.Domain.Usage;

/// <summary>Checks an event on its own, before anything about models or works is known.</summary>
public static class UsageEventRules
{
    /// <summary>
    /// Units above this (10^11, a hundred billion tokens in one event) are taken for a corrupted counter rather than a
    /// real use. Chosen with <see cref="Registry.Tariff.MaxPriceMicros"/> so that the largest use fits the ledger's
    /// sums for a lifetime (docs/money.md).
    /// </summary>
    public const long MaxUnits = 100_000_000_000;

    public static EventRejection? Validate(int index, UsageEvent e)
    {
        ArgumentNullException.ThrowIfNull(e);
        // Ingest checks hundreds of thousands of events a second and nearly all pass: check without building a
        // single field name first, and only describe the problem when there is one. The detailed checks below
        // decide; this only lets a plainly good event skip them.
        return PlainlyValid(e) ? null : Describe(index, e);
    }

    private static bool PlainlyValid(UsageEvent e) =>
        e.WorkRefScheme.Length == 0
        && EntityIds.IsValid(e.EventId) && EntityIds.IsValid(e.ModelId) && EntityIds.IsValid(e.WorkId) && EntityIds.IsValid(e.UnitKind)
        && Licensing.UseNames.IsLicensable(e.Use)
        && e.Units is > 0 and <= MaxUnits
        && e.AttributionWeightPpm is >= 0 and <= Scales.PartsPerMillionWhole
        && e.OccurredAt is not null
        && (e.TerritoryCode.Length == 0 || Licensing.Territory.IsValid(e.TerritoryCode))
        && e.RevenueMicros is null && e.RevenueCurrency.Length == 0
        && PlainText(e.AttributionMethod) && PlainText(e.AttributionMethodVersion);

    private static bool PlainText(string value) =>
        value.Length <= MaxTextLength && !value.AsSpan().ContainsAnyInRange('\u0000', '\u001F') && !value.AsSpan().ContainsAnyInRange('\u007F', '\u009F') && !value.Contains('\uFFFD', StringComparison.Ordinal);

    private static EventRejection? Describe(int index, UsageEvent e)
    {
        var prefix = $"events[{index}]";
        return Id(index, $"{prefix}.event_id", e.EventId)
            ?? Id(index, $"{prefix}.model_id", e.ModelId)
            ?? CheckWork(index, prefix, e)
            ?? Id(index, $"{prefix}.unit_kind", e.UnitKind)
            ?? CheckUse(index, prefix, e.Use)
            ?? CheckUnits(index, prefix, e.Units)
            ?? CheckWeight(index, prefix, e.AttributionWeightPpm)
            ?? CheckOccurredAt(index, prefix, e.OccurredAt)
            ?? CheckTerritory(index, prefix, e.TerritoryCode)
            ?? CheckRevenue(index, prefix, e.RevenueMicros, e.RevenueCurrency)
            ?? CheckText(index, $"{prefix}.attribution_method", e.AttributionMethod)
            ?? CheckText(index, $"{prefix}.attribution_method_version", e.AttributionMethodVersion);
    }

    /// <summary>Longest attribution method name or version accepted.</summary>
    public const int MaxTextLength = 200;

    /// <summary>
    /// Free text must be printable. Protobuf decodes invalid UTF-8 to U+FFFD, so that character is taken as a sign
    /// of bytes that were not UTF-8 (identifiers refuse it anyway, being restricted to ASCII letters and digits).
    /// </summary>
    private static EventRejection? CheckText(int index, string field, string value)
    {
        if (value.Length > MaxTextLength)
        {
            return new EventRejection(index, RejectionReason.InvalidValue, field, $"{field} is {value.Length:N0} characters long, at most {MaxTextLength:N0} are allowed");
        }

        return value.Any(c => char.IsControl(c) || c == '\uFFFD')
            ? new EventRejection(index, RejectionReason.InvalidValue, field,
                $"{field} '{EntityIds.Printable(value)}' contains control characters or bytes that are not UTF-8")
            : null;
    }

    /// <summary>Revenue above this (a billion currency units, 10^15 micros) is taken for a corrupted figure.</summary>
    public const long MaxRevenueMicros = 1_000_000_000 * Scales.MicrosPerUnit;

    private static EventRejection? CheckTerritory(int index, string prefix, string code) =>
        code.Length == 0 || Licensing.Territory.IsValid(code)
            ? null
            : new EventRejection(index, RejectionReason.InvalidValue, $"{prefix}.territory",
                $"{prefix}.territory '{EntityIds.Printable(code)}' is not an ISO 3166-1 alpha-2 code (two capital letters, e.g. DE), nor empty for unknown");

    private static EventRejection? CheckRevenue(int index, string prefix, long? revenueMicros, string currency)
    {
        if (revenueMicros is null)
        {
            return currency.Length == 0
                ? null
                : new EventRejection(index, RejectionReason.InvalidValue, $"{prefix}.revenue_currency",
                    $"{prefix}.revenue_currency is '{EntityIds.Printable(currency)}' but {prefix}.revenue_micros is absent; give both or neither");
        }

        if (revenueMicros is < 0 or > MaxRevenueMicros)
        {
            return new EventRejection(index, RejectionReason.InvalidValue, $"{prefix}.revenue_micros",
                $"{prefix}.revenue_micros is {revenueMicros:N0}, expected 0 to {MaxRevenueMicros:N0}");
        }

        return Currency.Check($"{prefix}.revenue_currency", currency) is { } violation
            ? new EventRejection(index, currency.Length == 0 ? RejectionReason.MissingField : RejectionReason.InvalidValue, violation.Field, violation.Description)
            : null;
    }

    /// <summary>Longest URL accepted as a work reference.</summary>
    public const int MaxUrlLength = 2_048;

    /// <summary>A work is named by id, or by an external identifier to be matched against registered works.</summary>
    private static EventRejection? CheckWork(int index, string prefix, UsageEvent e)
    {
        if (e.WorkId.Length > 0 || e.WorkRefScheme.Length == 0)
        {
            return e.WorkId.Length == 0 && e.WorkRefValue.Length == 0
                ? new EventRejection(index, RejectionReason.MissingField, $"{prefix}.work_id",
                    $"{prefix}.work_id is required, or {prefix}.work_ref naming the work by an identifier (iswc, isrc, isbn13, doi, iscc or url)")
                : Id(index, $"{prefix}.work_id", e.WorkId);
        }

        var field = $"{prefix}.work_ref";
        if (string.Equals(e.WorkRefScheme, "url", StringComparison.OrdinalIgnoreCase))
        {
            return e.WorkRefValue.Length <= MaxUrlLength
                && Uri.TryCreate(e.WorkRefValue, UriKind.Absolute, out var url) && (url.Scheme == Uri.UriSchemeHttps || url.Scheme == Uri.UriSchemeHttp)
                ? null
                : new EventRejection(index, RejectionReason.InvalidValue, $"{field}.value",
                    $"{field}.value '{EntityIds.Printable(e.WorkRefValue)}' is not an absolute http or https URL of at most {MaxUrlLength:N0} characters");
        }

        if (!Identifiers.IdentifierRules.TryParseScheme(e.WorkRefScheme, out var scheme) || !Identifiers.IdentifierList.WorkSchemes.Contains(scheme))
        {
            return new EventRejection(index, RejectionReason.InvalidValue, $"{field}.scheme",
                $"{field}.scheme '{EntityIds.Printable(e.WorkRefScheme)}' is not a work identifier scheme (iswc, isrc, isbn13, doi, iscc or url)");
        }

        return Identifiers.IdentifierRules.Check($"{field}.value", scheme, e.WorkRefValue) is { } violation
            ? new EventRejection(index, RejectionReason.InvalidValue, violation.Field, violation.Description)
            : null;
    }

    private static EventRejection? Id(int index, string field, string value)
    {
        if (EntityIds.Check(field, value) is not { } violation)
        {
            return null;
        }

        var reason = string.IsNullOrEmpty(value) ? RejectionReason.MissingField : RejectionReason.InvalidValue;
        return new EventRejection(index, reason, field, violation.Description);
    }

    private static EventRejection? CheckUse(int index, string prefix, UseKind use) =>
        Licensing.UseNames.IsLicensable(use)
            ? null
            : new EventRejection(index, use == UseKind.Unspecified ? RejectionReason.MissingField : RejectionReason.InvalidValue,
                $"{prefix}.use", $"{prefix}.use is {(int)use} ({use}), expected {Licensing.UseNames.Expected}");

    private static EventRejection? CheckUnits(int index, string prefix, long units) =>
        units is > 0 and <= MaxUnits
            ? null
            : new EventRejection(index, RejectionReason.InvalidValue, $"{prefix}.units",
                $"{prefix}.units is {units:N0}, expected 1 to {MaxUnits:N0}");

    private static EventRejection? CheckWeight(int index, string prefix, long? weight) => weight switch
    {
        null => new EventRejection(index, RejectionReason.MissingField, $"{prefix}.attribution_weight_ppm",
            $"{prefix}.attribution_weight_ppm is required (0 to {Scales.PartsPerMillionWhole:N0})"),
        < 0 or > Scales.PartsPerMillionWhole => new EventRejection(index, RejectionReason.InvalidValue,
            $"{prefix}.attribution_weight_ppm",
            $"{prefix}.attribution_weight_ppm is {weight:N0}, expected 0 to {Scales.PartsPerMillionWhole:N0}"),
        _ => null,
    };

    private static EventRejection? CheckOccurredAt(int index, string prefix, DateTimeOffset? occurredAt) =>
        occurredAt is null
            ? new EventRejection(index, RejectionReason.MissingField, $"{prefix}.occurred_at", $"{prefix}.occurred_at is required")
            : null;
}
