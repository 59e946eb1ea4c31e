using RoyaltyLedger.Contracts.V1;

namespace RoyaltyLedger.Cli.Rendering;

/// <summary>Removal requests as JSON, one as its facts and evidence (or withdrawal), or a page as a table.</summary>
internal static class RemovalPrinter
{
    public static async Task WriteAsync(CliSession s, RemovalRequest r)
    {
        if (s.Json)
        {
            await JsonOutput.WriteAsync(s.Output, r);
            return;
        }

        var output = s.Output;
        await output.WriteLineAsync($"Removal request {r.RequestId} ({Status(r)})");
        await output.WriteLineAsync($"  work:      {r.WorkId}");
        await output.WriteLineAsync($"  operator:  {r.OperatorId}");
        await output.WriteLineAsync($"  model:     {Model(r.ModelId)}");
        await output.WriteLineAsync($"  asked by:  {Requester(r)}, {IsoTime.Format(r.RequestedAt)} (journal entry {r.JournalEntryNo})");
        await output.WriteLineAsync($"  reason:    {r.Reason}");
        if (r.Withdrawal is { } w)
        {
            await output.WriteLineAsync($"  withdrawn: {IsoTime.Format(w.WithdrawnAt)} by {Withdrawer(w)} (journal entry {w.JournalEntryNo})");
            await output.WriteLineAsync($"  note:      {w.Note}");
            return;
        }

        if (r.Attestation is not { } a)
        {
            await output.WriteLineAsync("  removal:   not attested yet");
            return;
        }

        await output.WriteLineAsync($"  removed:   {IsoTime.Format(a.RemovedAt)} from {a.ModelVersion}");
        await output.WriteLineAsync($"  method:    {a.Method}");
        await output.WriteLineAsync($"  content:   SHA-256 {a.ContentHashHex}");
        await output.WriteLineAsync($"  attested:  {IsoTime.Format(a.AttestedAt)} by {a.AttestedBy} (journal entry {a.JournalEntryNo})");
        await output.WriteLineAsync($"  training or fine-tuning after the removal: {UsesAfter(r)}");
    }

    public static async Task WriteAsync(CliSession s, ListRemovalRequestsResponse page)
    {
        if (s.Json)
        {
            await JsonOutput.WriteAsync(s.Output, page);
            return;
        }

        if (page.Requests.Count == 0)
        {
            await s.Output.WriteLineAsync("no removal requests");
            return;
        }

        var table = NewTable();
        foreach (var r in page.Requests)
        {
            AddRow(table, r);
        }

        await table.WriteAsync(s.Output);
        if (page.NextPageToken.Length > 0)
        {
            await s.Output.WriteLineAsync($"next page: royalty removals list --page-token {page.NextPageToken}");
        }
    }

    public static Table NewTable() => new Table("REQUEST", "WORK", "OPERATOR", "MODEL", "STATUS", "REQUESTED", "USES AFTER REMOVAL").AlignRight(6);

    public static void AddRow(Table table, RemovalRequest r)
    {
        ArgumentNullException.ThrowIfNull(table);
        ArgumentNullException.ThrowIfNull(r);
        var status = r.Withdrawal is { } w ? $"{r.Status} {IsoTime.Format(w.WithdrawnAt)}" : Status(r);
        table.Add(r.RequestId, r.WorkId, r.OperatorId, Model(r.ModelId), status, IsoTime.Format(r.RequestedAt), r.Attestation is null ? "" : UsesAfter(r));
    }

    /// <summary>The status, a violation in capitals so that it stands out in a table.</summary>
    public static string Status(RemovalRequest r) => r.Status == "violated" ? "VIOLATED" : r.Status;

    private static string Withdrawer(RemovalWithdrawal w) => w.WithdrawnBy.Length == 0 ? w.WithdrawnByRole : $"{w.WithdrawnByRole} {w.WithdrawnBy}";

    private static string UsesAfter(RemovalRequest r) => r.UsesAfterRemoval == 0
        ? "none"
        : $"{(r.UsesAfterRemovalAtLeast ? "at least " : "")}{r.UsesAfterRemoval:N0} (a violation)";

    private static string Model(string modelId) => modelId.Length == 0 ? "(all the operator's models)" : modelId;

    private static string Requester(RemovalRequest r) => r.Origin == "refused-use"
        ? "the ledger, for training a creator refused"
        : r.RequestedBy.Length == 0 ? r.RequestedByRole : $"{r.RequestedByRole} {r.RequestedBy}";
}
