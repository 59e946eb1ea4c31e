using System.Xml;
using System.Xml.Schema;

namespace RoyaltyLedger.Testing;

/// <summary>
/// Validates payment files against pain.001.001.09 schemas. Always against the committed schema
/// (tests/Shared/pain.001.001.09-royaltyledger.xsd, copied beside the test binaries): our own transcription of the ISO
/// 20022 pain.001.001.09 message definition for the elements Pain001Writer writes (order, multiplicities, facets), so
/// the check runs on any fresh clone. Additionally against the official schema when one is found: the file
/// ROYALTY_PAIN001_XSD names (which must then exist), else shared/iso20022/pain.001.001.09.xsd in a folder above the
/// test's folder. The official ISO/EPC XSD is not redistributed in this repository (docs/pain001.md).
/// </summary>
public static class Pain001Schema
{
    public const string CommittedFileName = "pain.001.001.09-royaltyledger.xsd";

    public const string OfficialRelativePath = "shared/iso20022/pain.001.001.09.xsd";

    private const string Namespace = "urn:iso:std:iso:20022:tech:xsd:pain.001.001.09";

    private static readonly Lazy<XmlSchemaSet> Committed = new(() => Load(LocateCommitted()));

    private static readonly Lazy<XmlSchemaSet?> Official = new(() => LocateOfficial() is { } path ? Load(path) : null);

    /// <summary>The committed schema beside the test binaries; missing means the test project lost its copy step.</summary>
    public static string LocateCommitted()
    {
        var path = Path.Combine(AppContext.BaseDirectory, "Infrastructure", CommittedFileName);
        return File.Exists(path) ? path : throw new FileNotFoundException($"the committed pain.001.001.09 schema is missing from the test output: {path}");
    }

    /// <summary>The official XSD when one is available, else null (the committed schema is still checked).</summary>
    public static string? LocateOfficial()
    {
        if (Environment.GetEnvironmentVariable("ROYALTY_PAIN001_XSD") is { Length: > 0 } configured)
        {
            return File.Exists(configured) ? configured : throw new FileNotFoundException($"ROYALTY_PAIN001_XSD names {configured}, which does not exist");
        }

        for (var folder = new DirectoryInfo(AppContext.BaseDirectory); folder is not null; folder = folder.Parent)
        {
            var candidate = Path.Combine(folder.FullName, OfficialRelativePath);
            if (File.Exists(candidate))
            {
                return candidate;
            }
        }

        return null;
    }

    /// <summary>Every error and warning from the committed schema, then from the official one if found; empty when valid.</summary>
    public static IReadOnlyList<string> Validate(byte[] xml)
    {
        var errors = Validate(xml, Committed.Value, "committed schema");
        if (Official.Value is { } official)
        {
            errors.AddRange(Validate(xml, official, "official schema"));
        }

        return errors;
    }

    private static List<string> Validate(byte[] xml, XmlSchemaSet schemas, string which)
    {
        var errors = new List<string>();
        var settings = new XmlReaderSettings { ValidationType = ValidationType.Schema, Schemas = schemas, DtdProcessing = DtdProcessing.Prohibit };
        settings.ValidationFlags |= XmlSchemaValidationFlags.ReportValidationWarnings;
        settings.ValidationEventHandler += (_, e) => errors.Add($"{which}: {e.Severity} at line {e.Exception.LineNumber}: {e.Message}");
        using var reader = XmlReader.Create(new MemoryStream(xml), settings);
        while (reader.Read())
        {
        }

        return errors;
    }

    private static XmlSchemaSet Load(string path)
    {
        var set = new XmlSchemaSet { XmlResolver = null };
        using var reader = XmlReader.Create(path, new XmlReaderSettings { DtdProcessing = DtdProcessing.Prohibit });
        set.Add(Namespace, reader);
        set.Compile();
        return set;
    }
}
