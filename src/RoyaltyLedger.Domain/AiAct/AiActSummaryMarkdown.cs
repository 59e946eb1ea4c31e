using System.Globalization;
using System.Text;

namespace RoyaltyLedger.Domain.AiAct;

/// <summary>
/// The summary as Markdown following the template's section numbering (1 General information, 2 List of data sources,
/// 3 Data processing aspects); a section the ledger cannot fill says so and why. Names are escaped, so a party or
/// model name cannot inject Markdown.
/// </summary>
public static class AiActSummaryMarkdown
{
    public static string Write(AiActSummary s)
    {
        ArgumentNullException.ThrowIfNull(s);
        var md = new StringBuilder();
        Line(md, $"# Public summary of training content: {Escape(s.ModelName)} ({Escape(s.ModelId)})");
        Line(md, "");
        Line(md, $"Template: {AiActSections.Template}. {AiActSections.Scope} Generated {AiActSummaryJson.Instant(s.GeneratedAtUnixMs)}; " +
            $"schema {AiActSummary.Schema} v{AiActSummary.SchemaVersion}.");
        Line(md, "");
        Line(md, "## 1. General information");
        Line(md, "");
        Line(md, "### 1.1 Provider identification");
        Line(md, "");
        Line(md, $"Provider: {Escape(s.OperatorName)} (operator {Escape(s.OperatorId)}).");
        Line(md, "");
        Line(md, "### 1.2 Model identification");
        Line(md, "");
        Line(md, $"Model: {Escape(s.ModelName)} (model {Escape(s.ModelId)}). Training and fine-tuning uses counted: " +
            (s.FirstUseUnixMs is { } first && s.LastUseUnixMs is { } last
                ? $"{N(s.Works)} works, from {AiActSummaryJson.Instant(first)} to {AiActSummaryJson.Instant(last)}."
                : "none."));
        Line(md, "");
        Line(md, "### 1.3 Modalities, overall training data size and other characteristics");
        Line(md, "");
        Table(md, "Medium", s.Modalities);
        NotFilled(md, "1.3.size");
        Line(md, "## 2. List of data sources");
        Line(md, "");
        NotFilled(md, "2.1", heading: true);
        Line(md, "### 2.2 Private non-publicly available datasets obtained from third parties");
        Line(md, "");
        Line(md, "#### 2.2.1 Datasets commercially licensed by rightsholders or their representatives");
        Line(md, "");
        Group(md, "Works used under a licence recorded in the ledger", s.Licensed);
        Parties(md, s);
        NotFilled(md, "2.2.2", heading: true, level: "####");
        NotFilled(md, "2.3", heading: true);
        NotFilled(md, "2.4", heading: true);
        NotFilled(md, "2.5", heading: true);
        Line(md, "### 2.6 Other sources of data");
        Line(md, "");
        Group(md, "**Flagged:** works used without a licence", s.Unlicensed);
        Group(md, "**Flagged:** works used against a rightsholder's refusal", s.Refused);
        Line(md, "## 3. Data processing aspects");
        Line(md, "");
        Line(md, "### 3.1 Respect of reservation of rights from the text and data mining exception or limitation");
        Line(md, "");
        Line(md, $"Uses against a refusal recorded in the ledger: {N(s.Refused.Works)} works, {N(s.Refused.Events)} use events.");
        Line(md, "");
        var r = s.Removals;
        Line(md, $"Removal requests concerning the model: {N(r.Requested)} ({N(r.Attested)} attested as removed, {N(r.Open)} open, " +
            $"{N(r.Withdrawn)} withdrawn; {N(r.FromRefusedUses)} opened by the ledger for uses against a refusal).");
        Line(md, "");
        NotFilled(md, "3.2", heading: true);
        return md.ToString();
    }

    /// <summary>Backslash-escapes the characters Markdown gives meaning to, and flattens line breaks.</summary>
    public static string Escape(string text)
    {
        var escaped = new StringBuilder(text.Length);
        foreach (var c in text)
        {
            if (c is '\r' or '\n')
            {
                escaped.Append(' ');
                continue;
            }

            if ("\\`*_{}[]()<>#+-.!|~".Contains(c, StringComparison.Ordinal))
            {
                escaped.Append('\\');
            }

            escaped.Append(c);
        }

        return escaped.ToString();
    }

    private static void Group(StringBuilder md, string title, AiActSourceGroup g)
    {
        Line(md, $"{title}: {N(g.Works)} works, {N(g.Events)} use events.");
        Line(md, "");
        if (g.Works > 0)
        {
            Table(md, "Medium", g.ByMedium);
            Table(md, "Use", g.ByUse);
        }
    }

    private static void Parties(StringBuilder md, AiActSummary s)
    {
        if (s.Parties.IsEmpty)
        {
            return;
        }

        Line(md, "Rightsholders and creators whose works were used (works licensed / without a licence / against a refusal):");
        Line(md, "");
        Line(md, "| Party | Role | Licensed | Without a licence | Against a refusal |");
        Line(md, "|---|---|---:|---:|---:|");
        foreach (var p in s.Parties)
        {
            Line(md, $"| {Escape(p.PartyId)} | {p.Role} | {N(p.LicensedWorks)} | {N(p.UnlicensedWorks)} | {N(p.RefusedWorks)} |");
        }

        Line(md, "");
        if (s.PartiesNotListed > 0)
        {
            Line(md, $"{N(s.PartiesNotListed)} more parties are not listed (the {N(AiActSummaryBuilder.MaxParties)} with the most works are).");
            Line(md, "");
        }
    }

    private static void Table(StringBuilder md, string keyTitle, IEnumerable<AiActCount> counts)
    {
        Line(md, $"| {keyTitle} | Works | Use events | Units |");
        Line(md, "|---|---:|---:|---|");
        foreach (var c in counts)
        {
            Line(md, $"| {Escape(c.Key)} | {N(c.Works)} | {N(c.Events)} | {string.Join(", ", c.Units.Select(u => $"{N(u.Units)} {Escape(u.UnitKind)}"))} |");
        }

        Line(md, "");
    }

    private static void NotFilled(StringBuilder md, string number, bool heading = false, string level = "###")
    {
        var (_, title, reason) = AiActSections.NotFilled.First(n => n.Number == number);
        if (heading)
        {
            Line(md, $"{level} {number} {title}");
            Line(md, "");
        }

        Line(md, $"*Not filled by the ledger: {reason}.*");
        Line(md, "");
    }

    private static string N(long value) => value.ToString("N0", CultureInfo.InvariantCulture);

    private static void Line(StringBuilder md, string text) => md.Append(text).Append('\n');
}
