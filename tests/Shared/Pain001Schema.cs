using System.Xml;
using System.Xml.Schema;

namespace RoyaltyLedger.Testing;

/// <summary>
/// Validates payment files against the pain.001.001.09 XSD of the EPC SEPA Credit Transfer implementation guidelines
/// (EPC132-08 2023 V1.0, customer-to-PSP; a restriction of ISO 20022's pain.001.001.09, so a file it accepts is a
/// valid pain.001.001.09). The schema is a published third-party file, kept outside the repository: in shared/ beside
/// it (shared/iso20022/pain.001.001.09.xsd, found by walking up from the test's folder), or where the
/// ROYALTY_PAIN001_XSD environment variable points (docs/pain001.md says where it comes from).
/// </summary>
public static class Pain001Schema
{
    public const string RelativePath = "shared/iso20022/pain.001.001.09.xsd";

    private static readonly Lazy<XmlSchemaSet> Schemas = new(Load);

    public static string Locate()
    {
        if (Environment.GetEnvironmentVariable("ROYALTY_PAIN001_XSD") is { Length: > 0 } configured)
        {
            return File.Exists(configured) ? configured : throw new FileNotFoundException($"ROYALTY_PAIN001_XSD names {configured}, which does not exist");
        }

        for (var folder = new DirectoryInfo(AppContext.BaseDirectory); folder is not null; folder = folder.Parent)
        {
            var candidate = Path.Combine(folder.FullName, RelativePath);
            if (File.Exists(candidate))
            {
                return candidate;
            }
        }

        throw new FileNotFoundException(
            $"the pain.001.001.09 XSD was not found: put it at {RelativePath} in a folder above {AppContext.BaseDirectory} or set ROYALTY_PAIN001_XSD (docs/pain001.md)");
    }

    /// <summary>Every schema error and warning in the document, empty when it is valid.</summary>
    public static IReadOnlyList<string> Validate(byte[] xml)
    {
        var errors = new List<string>();
        var settings = new XmlReaderSettings { ValidationType = ValidationType.Schema, Schemas = Schemas.Value, DtdProcessing = DtdProcessing.Prohibit };
        settings.ValidationFlags |= XmlSchemaValidationFlags.ReportValidationWarnings;
        settings.ValidationEventHandler += (_, e) => errors.Add($"{e.Severity} at line {e.Exception.LineNumber}: {e.Message}");
        using var reader = XmlReader.Create(new MemoryStream(xml), settings);
        while (reader.Read())
        {
        }

        return errors;
    }

    private static XmlSchemaSet Load()
    {
        var set = new XmlSchemaSet { XmlResolver = null };
        using var reader = XmlReader.Create(Locate(), new XmlReaderSettings { DtdProcessing = DtdProcessing.Prohibit });
        set.Add("urn:iso:std:iso:20022:tech:xsd:pain.001.001.09", reader);
        set.Compile();
        return set;
    }
}
