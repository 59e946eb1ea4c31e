using RoyaltyLedger.Domain.Identifiers;

namespace RoyaltyLedger.Cli.Import.Dsr;

/// <summary>
/// Reads one record after the HEAD: keeps what summary (SYxx), release (RE), resource (AS01/AS02) and work (MW01)
/// records say, and turns usage records SU02 (streaming) and SU03 (UGC) into <see cref="DsrUsage"/>s. Returns null for
/// a record type it does not read.
/// </summary>
internal sealed class DsrRecords
{
    /// <summary>The most summary records a file may have.</summary>
    public const int MaxSummaries = 100_000;

    private readonly Dictionary<string, string> _territoryBySummary = new(StringComparer.Ordinal);
    private readonly DsrBlock _block = new();

    public DsrRow? Read(int line, string[] cells)
    {
        var type = cells[0];
        var kind = DsrLayout.Kind(type);
        return kind switch
        {
            DsrLayout.Head => DsrRow.Rejected(line, type, "RecordType", type, "a second HEAD record; a DSR file has one, on its first record line"),
            "AS01" or "AS02" => Resource(line, type, cells),
            "MW01" => Work(line, type, cells),
            "RE01" or "RE02" => Enter(line, type, cells),
            "SU02" => Usage(line, type, cells, new UsageCells(DsrLayout.Su02MinCells, DsrLayout.Su02Summary, DsrLayout.Su02Transaction, DsrLayout.Su02Usages)),
            "SU03" => Usage(line, type, cells, new UsageCells(DsrLayout.Su03MinCells, DsrLayout.Su03Summary, DsrLayout.Su03Transaction, DsrLayout.Su03Usages)),
            _ when kind.StartsWith("SY", StringComparison.Ordinal) && kind.Length == 4 => Summary(line, type, cells),
            _ => null,
        };
    }

    private readonly record struct UsageCells(int MinCells, int Summary, int Transaction, int Usages);

    private DsrRow Summary(int line, string type, string[] cells)
    {
        if (cells.Length < DsrLayout.SummaryMinCells)
        {
            return TooShort(line, type, cells, DsrLayout.SummaryMinCells, "Territory");
        }

        var id = cells[DsrLayout.SummaryId];
        if (id.Length == 0)
        {
            return DsrRow.Rejected(line, type, "SummaryRecordId", "", "SummaryRecordId is empty; usage records point to their summary by it");
        }

        if (_territoryBySummary.Count >= MaxSummaries && !_territoryBySummary.ContainsKey(id))
        {
            return DsrRow.Rejected(line, type, "SummaryRecordId", id, $"the file has more than {MaxSummaries:N0} summary records, the most read");
        }

        // A summary for several territories, or "Worldwide", has no one country: its uses carry no territory.
        var territory = cells[DsrLayout.SummaryTerritory].Trim();
        _territoryBySummary[id] = territory.Length == 2 && char.IsAsciiLetter(territory[0]) && char.IsAsciiLetter(territory[1])
            ? territory.ToUpperInvariant()
            : "";
        return DsrRow.Context(line, type);
    }

    private DsrRow Enter(int line, string type, string[] cells)
    {
        if (cells.Length <= DsrLayout.BlockId)
        {
            return TooShort(line, type, cells, DsrLayout.BlockId + 1, "BlockId");
        }

        _block.Enter(cells[DsrLayout.BlockId]);
        return DsrRow.Context(line, type);
    }

    private DsrRow Resource(int line, string type, string[] cells)
    {
        if (cells.Length < DsrLayout.ResourceMinCells)
        {
            return TooShort(line, type, cells, DsrLayout.ResourceMinCells, "ResourceISRC");
        }

        _block.Enter(cells[DsrLayout.BlockId]);
        var isrcCell = cells[DsrLayout.ResourceIsrc];
        var isrc = DsrBlock.FirstIsrc(isrcCell);
        if (_block.Add(cells[DsrLayout.ResourceReference], cells[DsrLayout.ResourceDspId], new DsrBlock.Resource(isrc, line)) is { } problem)
        {
            return DsrRow.Rejected(line, type, "ResourceReference", cells[DsrLayout.ResourceReference], problem);
        }

        // A resource with an ISRC that is not valid is still kept: its usages are reported, naming this line.
        return isrc is null && isrcCell.Trim().Length > 0
            ? DsrRow.Rejected(line, type, "ResourceISRC", isrcCell, Isrc.Check("ResourceISRC", isrcCell.Split('|')[0].Trim())?.Description ?? "no valid ISRC")
            : DsrRow.Context(line, type);
    }

    private DsrRow Work(int line, string type, string[] cells)
    {
        if (cells.Length < DsrLayout.WorkMinCells)
        {
            return TooShort(line, type, cells, DsrLayout.WorkMinCells, "MusicalWorkISWC");
        }

        _block.Enter(cells[DsrLayout.BlockId]);
        var cell = cells[DsrLayout.WorkIswc].Trim();
        if (cell.Length == 0)
        {
            return DsrRow.Context(line, type);
        }

        if (!Iswc.TryNormalize(cell, out var iswc))
        {
            return DsrRow.Rejected(line, type, "MusicalWorkISWC", cell, Iswc.Check("MusicalWorkISWC", cell)?.Description ?? "not a valid ISWC");
        }

        _block.AddWork(iswc);
        return DsrRow.Context(line, type);
    }

    private DsrRow Usage(int line, string type, string[] cells, UsageCells at)
    {
        if (cells.Length < at.MinCells)
        {
            return TooShort(line, type, cells, at.MinCells, "the usage count");
        }

        _block.Enter(cells[DsrLayout.BlockId]);
        var summaryId = cells[at.Summary];
        if (!_territoryBySummary.TryGetValue(summaryId, out var territory))
        {
            return DsrRow.Rejected(line, type, "SummaryRecordId", summaryId, $"no summary record (SYxx) before this line has SummaryRecordId '{summaryId}'");
        }

        var usagesField = type.StartsWith("SU02", StringComparison.Ordinal) ? "NumberOfStreams" : "Usages";
        var count = DsrCounts.Parse(usagesField, cells[at.Usages]);
        if (count.Error is { } countError)
        {
            return DsrRow.Rejected(line, type, usagesField, cells[at.Usages], countError);
        }

        var resource = Find(line, type, cells, out var problem);
        if (problem is { } unresolved)
        {
            return unresolved;
        }

        return Identify(resource) is { } identified
            ? DsrRow.Of(line, new DsrUsage(type, identified.Scheme, identified.Value, identified.Field, count.Value, territory, cells[at.Transaction]))
            : DsrRow.Rejected(line, type, "ResourceISRC", "",
                $"the resource (line {resource!.Line}) has no valid ISRC and block '{_block.Id}' names {(_block.WorkCount == 0 ? "no" : _block.WorkCount.ToString(System.Globalization.CultureInfo.InvariantCulture))} musical work ISWC{(_block.WorkCount == 1 ? "" : "s")}, so the work used cannot be told");
    }

    private DsrBlock.Resource? Find(int line, string type, string[] cells, out DsrRow? problem)
    {
        problem = null;
        if (type.StartsWith("SU03", StringComparison.Ordinal))
        {
            var dspId = cells[DsrLayout.Su03DspResource];
            var byDsp = _block.ByDspId(dspId);
            problem = byDsp is null
                ? DsrRow.Rejected(line, type, "DspResourceId", dspId, $"no AS01/AS02 record in block '{_block.Id}' has DspResourceId '{dspId}'")
                : null;
            return byDsp;
        }

        var reference = cells[DsrLayout.Su02Resource];
        if (reference.Length == 0)
        {
            problem = DsrRow.Rejected(line, type, "TransactedReleaseReference", cells[DsrLayout.Su02Release],
                "the record reports the usage of a release; only the usage of a resource (TransactedResourceReference) is read, since a release's usage names no one work");
            return null;
        }

        var found = _block.ByReference(reference);
        problem = found is null
            ? DsrRow.Rejected(line, type, "TransactedResourceReference", reference, $"no AS01/AS02 record in block '{_block.Id}' has ResourceReference '{reference}'")
            : null;
        return found;
    }

    private (string Scheme, string Value, string Field)? Identify(DsrBlock.Resource? resource)
    {
        if (resource?.Isrc is { } isrc)
        {
            return ("isrc", isrc, "ResourceISRC");
        }

        return _block.SoleIswc is { } iswc ? ("iswc", iswc, "MusicalWorkISWC") : null;
    }

    private static DsrRow TooShort(int line, string type, string[] cells, int needed, string last) =>
        DsrRow.Rejected(line, type, "", "", $"{type} has {cells.Length} cells, expected at least {needed} (up to {last})");
}
