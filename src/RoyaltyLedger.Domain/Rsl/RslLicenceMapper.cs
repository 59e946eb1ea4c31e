using System.Collections.Immutable;
using System.Xml.Linq;
using RoyaltyLedger.Domain.Licensing;
using RoyaltyLedger.Domain.Registry;

namespace RoyaltyLedger.Domain.Rsl;

/// <summary>
/// One <c>&lt;license&gt;</c> as ledger licence terms. A license is imported only when the ledger can hold every
/// restriction it states (a ledger licence that granted more than the document would price uses the publisher never
/// offered): a user restriction, an excluded territory, a payment that is not a price per use (purchase, subscription,
/// crawl, contribution) or an amount that cannot be read leaves the license out whole, with the reason in the report.
/// </summary>
internal static class RslLicenceMapper
{
    private static readonly char[] TokenSeparators = [' ', ',', '\t', '\r', '\n'];

    public static RslLicenceTerms? Map(XElement license, XNamespace ns, RslReadOptions options, List<RslUnmapped> report)
    {
        var path = RslPaths.Of(license);
        var skipped = new List<RslUnmapped>();
        var permitted = new HashSet<UseKind>();
        var anyUsagePermit = false;
        var territories = new SortedSet<string>(StringComparer.Ordinal);
        foreach (var child in license.Elements())
        {
            var type = child.Attribute("type")?.Value ?? "";
            var tokens = child.Value.Split(TokenSeparators, StringSplitOptions.RemoveEmptyEntries);
            if (child.Name == ns + "permits" && type == "usage")
            {
                anyUsagePermit = true;
                foreach (var token in tokens)
                {
                    if (RslUsage.TryMap(token, out var uses))
                    {
                        permitted.UnionWith(uses);
                    }
                    else
                    {
                        report.Add(new RslUnmapped(RslPaths.Of(child), UnknownUse(token, "permitted", "not granted")));
                    }
                }
            }
            else if (child.Name == ns + "permits" && type == "geo")
            {
                foreach (var token in tokens)
                {
                    if (Territory.IsValid(token))
                    {
                        territories.Add(token);
                    }
                    else
                    {
                        skipped.Add(new RslUnmapped(RslPaths.Of(child), $"territory '{token}' is not an ISO 3166-1 alpha-2 code; the license is left out"));
                    }
                }
            }
            else if (child.Name == ns + "prohibits" && type == "usage")
            {
                continue; // applied below, once every permission is known
            }
            else if (child.Name == ns + "permits" || child.Name == ns + "prohibits")
            {
                skipped.Add(new RslUnmapped(RslPaths.Of(child),
                    $"{child.Name.LocalName} type=\"{type}\" ({string.Join(' ', tokens)}) is a restriction a ledger licence cannot hold; the license is left out"));
            }
            else if (child.Name != ns + "payment")
            {
                report.Add(new RslUnmapped(RslPaths.Of(child), $"element {child.Name.LocalName} is informational; the ledger does not store it"));
            }
        }

        if (!anyUsagePermit)
        {
            permitted.UnionWith(RslUsage.All);
        }

        foreach (var prohibits in license.Elements(ns + "prohibits").Where(p => p.Attribute("type")?.Value == "usage"))
        {
            foreach (var token in prohibits.Value.Split(TokenSeparators, StringSplitOptions.RemoveEmptyEntries))
            {
                if (RslUsage.TryMap(token, out var uses))
                {
                    permitted.ExceptWith(uses);
                }
                else
                {
                    report.Add(new RslUnmapped(RslPaths.Of(prohibits), UnknownUse(token, "prohibited", "nothing to withhold")));
                }
            }
        }

        if (permitted.Count == 0)
        {
            skipped.Add(new RslUnmapped(path, "the license permits no use the ledger counts; nothing to import"));
        }

        var payment = RslPaymentMapper.Map(license, ns, options, report, skipped);
        report.AddRange(skipped);
        return skipped.Count > 0 || payment is null
            ? null
            : new RslLicenceTerms(path, payment.Type, [.. permitted.Order()], [.. territories], payment.Tariff, payment.AttributionOnly);
    }

    private static string UnknownUse(string token, string verb, string outcome) => RslUsage.IsKnown(token)
        ? $"usage '{token}' is {verb} but the ledger counts no such use; {outcome}"
        : $"usage '{token}' is not an RSL 1.0 usage token; {outcome}";
}
