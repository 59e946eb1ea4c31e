using System.Xml.Linq;
using RoyaltyLedger.Domain.Money;
using RoyaltyLedger.Domain.Registry;

namespace RoyaltyLedger.Domain.Rsl;

/// <summary>
/// A license's <c>&lt;payment&gt;</c> as a ledger price: <c>free</c> (or no payment) is a tariff of 0;
/// <c>attribution</c> is an attribution-only licence; <c>training</c> and <c>use</c> are a price per use, read from
/// the <c>&lt;amount&gt;</c>. Other types are not a price per use and leave the license out.
/// </summary>
internal static class RslPaymentMapper
{
    /// <summary>The currency of a free licence's 0 tariff when the importer names none.</summary>
    public const string DefaultFreeCurrency = "EUR";

    public sealed record Payment(string Type, Tariff? Tariff, bool AttributionOnly);

    public static Payment? Map(XElement license, XNamespace ns, RslReadOptions options, List<RslUnmapped> report, List<RslUnmapped> skipped)
    {
        var payments = license.Elements(ns + "payment").ToList();
        if (payments.Count > 1)
        {
            skipped.Add(new RslUnmapped(RslPaths.Of(payments[1]), $"the license holds {payments.Count} payment elements; a ledger licence has one price"));
            return null;
        }

        if (payments.Count == 0)
        {
            return new Payment("free", new Tariff(options.Currency ?? DefaultFreeCurrency, 0, options.PerUnits, options.UnitKind), false);
        }

        var payment = payments[0];
        var type = payment.Attribute("type")?.Value ?? "free";
        foreach (var child in payment.Elements().Where(e => e.Name != ns + "amount"))
        {
            report.Add(new RslUnmapped(RslPaths.Of(child), $"{child.Name.LocalName} '{child.Value.Trim()}' points to terms outside the document; the ledger does not store it"));
        }

        switch (type)
        {
            case "free":
                IgnoreAmounts(payment, ns, type, report);
                return new Payment(type, new Tariff(options.Currency ?? DefaultFreeCurrency, 0, options.PerUnits, options.UnitKind), false);
            case "attribution":
                IgnoreAmounts(payment, ns, type, report);
                return new Payment(type, null, true);
            case "training" or "use":
                return PerUse(payment, ns, type, options, skipped);
            case "purchase" or "subscription" or "crawl" or "contribution":
                skipped.Add(new RslUnmapped(RslPaths.Of(payment.Attribute("type")!),
                    $"payment type '{type}' is not a price per use (the ledger prices each counted use); the license is left out"));
                return null;
            default:
                skipped.Add(new RslUnmapped(RslPaths.Of(payment.Attribute("type")!), $"payment type '{type}' is not an RSL 1.0 payment type; the license is left out"));
                return null;
        }
    }

    private static Payment? PerUse(XElement payment, XNamespace ns, string type, RslReadOptions options, List<RslUnmapped> skipped)
    {
        var amounts = payment.Elements(ns + "amount").ToList();
        var chosen = options.Currency is null ? amounts : amounts.Where(a => a.Attribute("currency")?.Value == options.Currency).ToList();
        if (chosen.Count != 1)
        {
            var listed = string.Join(", ", amounts.Select(a => a.Attribute("currency")?.Value ?? "(no currency)"));
            skipped.Add(new RslUnmapped(RslPaths.Of(payment), chosen.Count == 0
                ? $"payment type '{type}' has no amount{(options.Currency is null ? "" : $" in {options.Currency}")} (amounts: {(listed.Length == 0 ? "none" : listed)}); the license is left out"
                : $"payment type '{type}' has amounts in {listed}; name the currency to import"));
            return null;
        }

        var amount = chosen[0];
        var currency = amount.Attribute("currency")?.Value;
        if (!Currency.IsValidCode(currency))
        {
            skipped.Add(new RslUnmapped(RslPaths.Of(amount), $"amount currency '{currency ?? ""}' is not an ISO 4217 code of three capital letters; the license is left out"));
            return null;
        }

        if (!RslAmount.TryParseMicros(amount.Value, out var micros, out var error))
        {
            skipped.Add(new RslUnmapped(RslPaths.Of(amount), $"{error}; the license is left out"));
            return null;
        }

        return new Payment(type, new Tariff(currency!, micros, options.PerUnits, options.UnitKind), false);
    }

    private static void IgnoreAmounts(XElement payment, XNamespace ns, string type, List<RslUnmapped> report)
    {
        foreach (var amount in payment.Elements(ns + "amount"))
        {
            report.Add(new RslUnmapped(RslPaths.Of(amount), $"amount '{amount.Value.Trim()}' of a '{type}' payment is not a price; ignored"));
        }
    }
}
