using System.Globalization;
using System.Numerics;
using Google.Protobuf.WellKnownTypes;
using RoyaltyLedger.Cli.Rendering;
using RoyaltyLedger.Contracts.V1;

namespace RoyaltyLedger.Cli.Usage;

/// <summary>
/// The columns of a usage file (CSV header names, JSON Lines keys) and how each cell becomes a field of the event.
/// Only the form of a value is checked here (a number, a date, a known use); the ledger checks the rest and reports
/// per event. An empty cell leaves the field unset.
/// </summary>
internal static class UsageColumns
{
    public static readonly string[] All =
    [
        "event_id", "model_id", "work_id", "work_ref_scheme", "work_ref_value", "use", "units", "unit_kind",
        "attribution_weight_ppm", "occurred_at", "attribution_method", "attribution_method_version", "territory",
        "revenue_micros", "revenue_currency",
    ];

    /// <summary>The uses the ledger counts; style imitation is not reported as usage.</summary>
    public static readonly string[] Uses = ["training", "fine-tuning", "retrieval", "output"];

    /// <summary>Columns a file must have; a work is named by work_id or by work_ref_scheme with work_ref_value.</summary>
    public static readonly string[] Required = ["model_id", "use", "units", "unit_kind", "attribution_weight_ppm", "occurred_at"];

    public const string Help =
        "Columns (CSV header names; JSON Lines keys): event_id (default: derived from the file and line), model_id, " +
        "work_id, or work_ref_scheme + work_ref_value (iswc, isrc, isbn13, doi, iscc, url), use (training, fine-tuning, " +
        "retrieval, output), units, unit_kind, attribution_weight_ppm (0..1000000), occurred_at " +
        "(ISO 8601, e.g. 2026-11-20T09:00:00Z; UTC when no offset is given), attribution_method, " +
        "attribution_method_version, territory (ISO 3166-1 alpha-2), revenue_micros, revenue_currency (ISO 4217).";

    private static readonly string[] DateFormats =
    [
        "yyyy-MM-dd'T'HH:mm:ssK", "yyyy-MM-dd'T'HH:mm:ss.FFFFFFFK", "yyyy-MM-dd'T'HH:mmK", "yyyy-MM-dd HH:mm:ssK",
        "yyyy-MM-dd HH:mm:ss.FFFFFFFK", "yyyy-MM-dd",
    ];

    /// <summary>Names the columns a header lacks, or null when it has what every row needs.</summary>
    public static string? MissingFrom(IReadOnlyCollection<string> header)
    {
        var missing = Required.Where(c => !header.Contains(c)).ToList();
        if (!header.Contains("work_id") && !(header.Contains("work_ref_scheme") && header.Contains("work_ref_value")))
        {
            missing.Add("work_id (or work_ref_scheme and work_ref_value)");
        }

        return missing.Count == 0 ? null : string.Join(", ", missing);
    }

    /// <summary>Sets one field from its text; returns what is wrong with the text, or null.</summary>
    public static string? Apply(UsageEvent e, string column, string text)
    {
        if (text.Length == 0)
        {
            return null;
        }

        switch (column)
        {
            case "event_id": e.EventId = text; break;
            case "model_id": e.ModelId = text; break;
            case "work_id": e.WorkId = text; break;
            case "work_ref_scheme": (e.WorkRef ??= new Identifier()).Scheme = text; break;
            case "work_ref_value": (e.WorkRef ??= new Identifier()).Value = text; break;
            case "unit_kind": e.UnitKind = text; break;
            case "attribution_method": e.AttributionMethod = text; break;
            case "attribution_method_version": e.AttributionMethodVersion = text; break;
            case "territory": e.Territory = text; break;
            case "revenue_currency": e.RevenueCurrency = text; break;
            case "use": return Use(e, text);
            case "units": return Number(text, column, out long units) ?? Set(() => e.Units = units);
            case "attribution_weight_ppm": return Number(text, column, out uint weight) ?? Set(() => e.AttributionWeightPpm = weight);
            case "revenue_micros": return Number(text, column, out long revenue) ?? Set(() => e.RevenueMicros = revenue);
            case "occurred_at": return Instant(e, text);
            default: return $"'{column}' is not a usage column; the columns are {string.Join(", ", All)}";
        }

        return null;
    }

    private static string? Set(Action set)
    {
        set();
        return null;
    }

    /// <summary>A counted use; files written before uses had one spelling may say fine_tuning, which is read as fine-tuning.</summary>
    private static string? Use(UsageEvent e, string text)
    {
        if (!UseNames.TryParse(text, out var use) || !Uses.Contains(UseNames.Of(use), StringComparer.Ordinal))
        {
            return $"use '{text}' is not one of {string.Join(", ", Uses)}";
        }

        e.Use = use;
        return null;
    }

    private static string? Number<T>(string text, string column, out T value)
        where T : IBinaryInteger<T>, IMinMaxValue<T> =>
        T.TryParse(text, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out value!)
            ? null
            : $"{column} '{text}' is not a whole number{(T.IsZero(T.MinValue) ? " of 0 or more" : "")}";

    private static string? Instant(UsageEvent e, string text)
    {
        if (!DateTimeOffset.TryParseExact(text, DateFormats, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var at))
        {
            return $"occurred_at '{text}' is not an ISO 8601 date and time, e.g. 2026-11-20T09:00:00Z";
        }

        e.OccurredAt = Timestamp.FromDateTimeOffset(at);
        return null;
    }
}
