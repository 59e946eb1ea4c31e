using System.Collections.Immutable;
using System.Xml;
using System.Xml.Linq;

namespace RoyaltyLedger.Domain.Rsl;

/// <summary>
/// Reads an RSL 1.0 license document (RSL-SPEC-1.0, https://rslstandard.org/rsl) into licence terms the ledger can
/// price (docs/rsl.md). The XML is read with DTDs prohibited and no resolver (no external entities), at most
/// <see cref="MaxDocumentChars"/> characters and <see cref="MaxDepth"/> levels deep. A document the reader cannot read
/// at all throws <see cref="RslException"/>; everything it reads but cannot map is reported, never silently dropped.
/// </summary>
public static class RslReader
{
    public const string Namespace = "https://rslstandard.org/rsl";

    /// <summary>One million characters: a license file is a few kilobytes; a larger one is not a license file.</summary>
    public const int MaxDocumentChars = 1_000_000;

    /// <summary>rsl / content / license / payment / amount is 5 deep; anything deeper than this is refused.</summary>
    public const int MaxDepth = 16;

    public static RslImport Read(Stream document, RslReadOptions options)
    {
        ArgumentNullException.ThrowIfNull(document);
        ArgumentNullException.ThrowIfNull(options);
        var root = Load(document).Root!;
        var ns = XNamespace.Get(Namespace);
        if (root.Name != ns + "rsl")
        {
            throw new RslException("/" + root.Name.LocalName,
                $"root element is '{root.Name.LocalName}' in namespace '{root.Name.NamespaceName}', expected 'rsl' in namespace '{Namespace}'");
        }

        var unmapped = new List<RslUnmapped>();
        var content = PickContent(root, ns, options.ContentUrl, unmapped);
        var contentPath = RslPaths.Of(content);
        foreach (var attribute in content.Attributes().Where(a => a.Name != "url" && !a.IsNamespaceDeclaration))
        {
            unmapped.Add(new RslUnmapped(RslPaths.Of(attribute), $"content attribute {attribute.Name.LocalName}=\"{attribute.Value}\" is not held by a ledger licence"));
        }

        var terms = new List<RslLicenceTerms>();
        foreach (var child in content.Elements())
        {
            if (child.Name == ns + "license")
            {
                if (RslLicenceMapper.Map(child, ns, options, unmapped) is { } mapped)
                {
                    terms.Add(mapped);
                }
            }
            else
            {
                unmapped.Add(new RslUnmapped(RslPaths.Of(child), $"element {child.Name.LocalName} is informational; the ledger does not store it"));
            }
        }

        if (!content.Elements(ns + "license").Any())
        {
            unmapped.Add(new RslUnmapped(contentPath, "content holds no license element"));
        }

        return new RslImport(content.Attribute("url")!.Value, [.. terms], [.. unmapped]);
    }

    private static XDocument Load(Stream document)
    {
        var settings = new XmlReaderSettings
        {
            DtdProcessing = DtdProcessing.Prohibit,
            XmlResolver = null,
            MaxCharactersInDocument = MaxDocumentChars,
            MaxCharactersFromEntities = 0,
            IgnoreComments = true,
            IgnoreProcessingInstructions = true,
        };
        XDocument loaded;
        try
        {
            using var reader = XmlReader.Create(document, settings);
            loaded = XDocument.Load(reader, LoadOptions.SetLineInfo);
        }
        catch (XmlException e) when (e.Message.Contains("DTD", StringComparison.Ordinal))
        {
            throw new RslException("/", $"the document declares a DTD (line {e.LineNumber}); DTDs and external entities are refused");
        }
        catch (XmlException e)
        {
            throw new RslException("/", $"the document is not well-formed XML of at most {MaxDocumentChars:N0} characters: {e.Message}");
        }

        if (loaded.Descendants().FirstOrDefault(e => e.Ancestors().Count() >= MaxDepth) is { } deep)
        {
            throw new RslException(RslPaths.Of(deep), $"the document nests elements more than {MaxDepth} deep");
        }

        return loaded;
    }

    private static XElement PickContent(XElement root, XNamespace ns, string? url, List<RslUnmapped> unmapped)
    {
        var contents = root.Elements(ns + "content").ToList();
        foreach (var missing in contents.Where(c => c.Attribute("url") is null))
        {
            throw new RslException(RslPaths.Of(missing), "content element has no url attribute (required by RSL 1.0)");
        }

        foreach (var other in root.Elements().Where(e => e.Name != ns + "content"))
        {
            unmapped.Add(new RslUnmapped(RslPaths.Of(other), $"element {other.Name.LocalName} is not part of RSL 1.0's rsl element"));
        }

        var urls = string.Join(", ", contents.Select(c => c.Attribute("url")!.Value));
        if (url is null)
        {
            return contents.Count == 1
                ? contents[0]
                : throw new RslException("/rsl/content", contents.Count == 0
                    ? "the document holds no content element"
                    : $"the document holds {contents.Count} content elements ({urls}); name one with its url");
        }

        return contents.FirstOrDefault(c => c.Attribute("url")!.Value == url)
            ?? throw new RslException("/rsl/content/@url", $"no content element has url '{url}'; the document has: {(urls.Length == 0 ? "none" : urls)}");
    }
}
