using System.Globalization;
using System.Text;
using System.Text.Json;

namespace RoyaltyLedger.Domain.AiAct;

/// <summary>
/// The summary as JSON, schema <see cref="AiActSummary.Schema"/> version <see cref="AiActSummary.SchemaVersion"/>
/// (docs/ai-act-summary.md, docs/ai-act-summary.schema.json): the same summary always gives the same bytes.
/// </summary>
public static class AiActSummaryJson
{
    public static string Write(AiActSummary summary)
    {
        ArgumentNullException.ThrowIfNull(summary);
        using var buffer = new MemoryStream();
        using (var w = new Utf8JsonWriter(buffer, new JsonWriterOptions { Indented = true }))
        {
            w.WriteStartObject();
            w.WriteString("schema", AiActSummary.Schema);
            w.WriteNumber("schemaVersion", AiActSummary.SchemaVersion);
            w.WriteString("template", AiActSections.Template);
            w.WriteString("scope", AiActSections.Scope);
            w.WriteString("generatedAt", Instant(summary.GeneratedAtUnixMs));
            GeneralInformation(w, summary);
            DataSources(w, summary);
            DataProcessing(w, summary);
            w.WriteStartArray("notFilled");
            foreach (var (number, title, reason) in AiActSections.NotFilled)
            {
                w.WriteStartObject();
                w.WriteString("section", number);
                w.WriteString("title", title);
                w.WriteString("reason", reason);
                w.WriteEndObject();
            }

            w.WriteEndArray();
            w.WriteEndObject();
        }

        return Encoding.UTF8.GetString(buffer.ToArray()) + "\n";
    }

    internal static string Instant(long unixMs) =>
        DateTimeOffset.FromUnixTimeMilliseconds(unixMs).ToString("yyyy-MM-dd'T'HH:mm:ss.fff'Z'", CultureInfo.InvariantCulture);

    private static void GeneralInformation(Utf8JsonWriter w, AiActSummary s)
    {
        w.WriteStartObject("generalInformation");
        w.WriteString("section", "1");
        w.WriteStartObject("provider");
        w.WriteString("operatorId", s.OperatorId);
        w.WriteString("name", s.OperatorName);
        w.WriteEndObject();
        w.WriteStartObject("model");
        w.WriteString("modelId", s.ModelId);
        w.WriteString("name", s.ModelName);
        w.WriteEndObject();
        w.WriteStartObject("trainingUses");
        OptionalInstant(w, "first", s.FirstUseUnixMs);
        OptionalInstant(w, "last", s.LastUseUnixMs);
        w.WriteNumber("works", s.Works);
        w.WriteEndObject();
        Counts(w, "modalities", s.Modalities);
        w.WriteEndObject();
    }

    private static void DataSources(Utf8JsonWriter w, AiActSummary s)
    {
        w.WriteStartObject("dataSources");
        w.WriteString("section", "2");
        Group(w, "licensedByRightsholders", "2.2.1", s.Licensed);
        w.WriteStartObject("otherSources");
        w.WriteString("section", "2.6");
        Group(w, "usedWithoutLicence", "2.6", s.Unlicensed);
        Group(w, "usedAgainstRefusal", "2.6", s.Refused);
        w.WriteEndObject();
        w.WriteStartObject("rightsholders");
        w.WriteStartArray("parties");
        foreach (var p in s.Parties)
        {
            w.WriteStartObject();
            w.WriteString("partyId", p.PartyId);
            w.WriteString("role", p.Role);
            w.WriteNumber("licensedWorks", p.LicensedWorks);
            w.WriteNumber("unlicensedWorks", p.UnlicensedWorks);
            w.WriteNumber("refusedWorks", p.RefusedWorks);
            w.WriteEndObject();
        }

        w.WriteEndArray();
        w.WriteNumber("partiesNotListed", s.PartiesNotListed);
        w.WriteEndObject();
        w.WriteEndObject();
    }

    private static void DataProcessing(Utf8JsonWriter w, AiActSummary s)
    {
        w.WriteStartObject("dataProcessing");
        w.WriteString("section", "3");
        w.WriteStartObject("reservationOfRights");
        w.WriteString("section", "3.1");
        w.WriteNumber("worksUsedAgainstRefusal", s.Refused.Works);
        w.WriteNumber("eventsAgainstRefusal", s.Refused.Events);
        w.WriteStartObject("removals");
        w.WriteNumber("requested", s.Removals.Requested);
        w.WriteNumber("open", s.Removals.Open);
        w.WriteNumber("attested", s.Removals.Attested);
        w.WriteNumber("withdrawn", s.Removals.Withdrawn);
        w.WriteNumber("openedForRefusedUses", s.Removals.FromRefusedUses);
        w.WriteEndObject();
        w.WriteEndObject();
        w.WriteEndObject();
    }

    private static void Group(Utf8JsonWriter w, string name, string section, AiActSourceGroup g)
    {
        w.WriteStartObject(name);
        w.WriteString("section", section);
        w.WriteNumber("works", g.Works);
        w.WriteNumber("events", g.Events);
        Counts(w, "byMedium", g.ByMedium);
        Counts(w, "byUse", g.ByUse);
        w.WriteEndObject();
    }

    private static void Counts(Utf8JsonWriter w, string name, IEnumerable<AiActCount> counts)
    {
        w.WriteStartArray(name);
        foreach (var c in counts)
        {
            w.WriteStartObject();
            w.WriteString("key", c.Key);
            w.WriteNumber("works", c.Works);
            w.WriteNumber("events", c.Events);
            w.WriteStartArray("units");
            foreach (var u in c.Units)
            {
                w.WriteStartObject();
                w.WriteString("unitKind", u.UnitKind);
                w.WriteNumber("units", u.Units);
                w.WriteEndObject();
            }

            w.WriteEndArray();
            w.WriteEndObject();
        }

        w.WriteEndArray();
    }

    private static void OptionalInstant(Utf8JsonWriter w, string name, long? unixMs)
    {
        if (unixMs is { } ms)
        {
            w.WriteString(name, Instant(ms));
        }
        else
        {
            w.WriteNull(name);
        }
    }
}
