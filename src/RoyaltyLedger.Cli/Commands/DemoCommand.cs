using System.CommandLine;
using RoyaltyLedger.Cli.Demo;
using RoyaltyLedger.Cli.Rendering;
using RoyaltyLedger.Contracts.V1;

namespace RoyaltyLedger.Cli.Commands;

/// <summary>
/// Seeds a small catalogue, streams a few thousand usage events through the real ingest path, prints every creator's
/// statement, runs the society's payout cycle and prints a model's transparency report. Safe to run again: every
/// step is idempotent (the payout cycle id is fixed, so a rerun returns the committed cycle and pays nothing twice).
/// </summary>
internal static class DemoCommand
{
    public const string StreamName = "demo";

    public static Command Create()
    {
        var demo = new Command("demo", "Seed a sample catalogue, stream sample AI usage and print each creator's statement");
        demo.SetAction((parse, ct) => CliSession.RunAsync(parse, RunAsync, ct));
        return demo;
    }

    private static async Task RunAsync(CliSession s, CancellationToken token)
    {
        await SeedAsync(s, token);
        var totals = new DemoTotals();
        foreach (var op in DemoCatalogue.Operators)
        {
            await using var stream = await IngestStream.OpenAsync(s.Ingest, op.OperatorId, StreamName, token);
            foreach (var batch in DemoUsage.BatchesFor(op.OperatorId))
            {
                if (batch.BatchSeq <= stream.LastBatchSeq)
                {
                    totals.Replayed();
                }

                var ack = await stream.SendAsync(batch, token);
                totals.Add(op.OperatorId, batch, ack);
            }
        }

        var statements = new List<CreatorStatement>();
        foreach (var creator in DemoCatalogue.Creators)
        {
            statements.Add(await s.Statements.GetCreatorStatementAsync(new GetCreatorStatementRequest { CreatorId = creator.CreatorId, WaitForProjection = true }, cancellationToken: token));
        }

        var cycle = await PayOutAsync(s, token);
        var report = await s.Transparency.GetModelTransparencyReportAsync(new GetModelTransparencyReportRequest { ModelId = TransparencyModel }, cancellationToken: token);
        if (s.Json)
        {
            var json = totals.ToJson(statements);
            json["payoutCycle"] = JsonOutput.ToNode(cycle);
            json["transparencyReport"] = JsonOutput.ToNode(report);
            await JsonOutput.WriteAsync(s.Output, json);
            return;
        }

        await totals.WriteAsync(s.Output);
        foreach (var statement in statements)
        {
            await StatementPrinter.WriteAsync(s.Output, statement);
        }

        await s.Output.WriteLineAsync();
        await PayoutPrinter.WriteSummaryAsync(s.Output, cycle);
        await PayoutPeriodPrinter.WriteAsync(s.Output, cycle);
        await s.Output.WriteLineAsync();
        await TransparencyPrinter.WriteAsync(s.Output, report);
    }

    public const string Society = "demo-society";

    /// <summary>The cycle the demo previews and the README then commits: the demo's uses are of November 2026.</summary>
    public const string CycleId = "2026-11-eur";

    /// <summary>The demo's month of use.</summary>
    public const string Period = "2026-11";

    public const string TransparencyModel = "lumen-7b";

    /// <summary>
    /// The demo's collecting society (10 % commission, every creator a member) pays out in EUR, 1.00 EUR at least. The
    /// demo previews November's cycle and leaves committing it to the user (README "Payout cycles and proofs"); once
    /// it is committed, a rerun shows the committed cycle.
    /// </summary>
    private static async Task<PayoutCycle> PayOutAsync(CliSession s, CancellationToken token)
    {
        var existing = await AllPages.ReadAsync(
            t => s.Registry.ListSocietiesAsync(new ListSocietiesRequest { PageSize = AllPages.PageSize, PageToken = t }, cancellationToken: token).ResponseAsync,
            r => r.NextPageToken, (all, more) => { all.Societies.Add(more.Societies); all.NextPageToken = more.NextPageToken; });
        if (existing.Societies.All(x => x.SocietyId != Society))
        {
            await s.Registry.RegisterSocietyAsync(new RegisterSocietyRequest { SocietyId = Society, DisplayName = "Demo Collecting Society", CommissionBps = 1_000,
                PayoutSchedule = new PayoutSchedule { Frequency = "monthly", DaysAfterPeriodEnd = 15, MinimumPayoutMinor = 100 } }, cancellationToken: token);
        }

        var members = await s.Registry.ListSocietyMembersAsync(new ListSocietyMembersRequest { SocietyId = Society }, cancellationToken: token);
        foreach (var creator in DemoCatalogue.Creators.Where(c => members.Members.All(m => m.MemberId != c.CreatorId)))
        {
            await s.Registry.AddSocietyMemberAsync(new AddSocietyMemberRequest { SocietyId = Society, MemberId = creator.CreatorId }, cancellationToken: token);
        }

        try
        {
            return await s.Payouts.GetCycleAsync(new GetCycleRequest { CycleId = CycleId }, cancellationToken: token);
        }
        catch (Grpc.Core.RpcException e) when (e.StatusCode == Grpc.Core.StatusCode.NotFound)
        {
            // Not committed yet.
        }

        return await s.Payouts.PreviewCycleAsync(new RunCycleRequest
        {
            CycleId = CycleId, SocietyId = Society, Currency = "EUR", MinimumPayoutMinor = 100, Period = Period,
        }, cancellationToken: token);
    }

    private static async Task SeedAsync(CliSession s, CancellationToken token)
    {
        foreach (var c in DemoCatalogue.Creators)
        {
            await s.Registry.RegisterCreatorAsync(c, cancellationToken: token);
        }

        foreach (var o in DemoCatalogue.Operators)
        {
            await s.Registry.RegisterOperatorAsync(o, cancellationToken: token);
        }

        foreach (var m in DemoCatalogue.Models)
        {
            await s.Registry.RegisterModelAsync(m, cancellationToken: token);
        }

        foreach (var r in DemoCatalogue.Rightsholders)
        {
            await s.Registry.RegisterRightsholderAsync(r, cancellationToken: token);
        }

        foreach (var w in DemoCatalogue.Works)
        {
            await s.Registry.RegisterWorkAsync(w, cancellationToken: token);
        }

        foreach (var l in DemoCatalogue.Licences)
        {
            await s.Registry.GrantLicenceAsync(l, cancellationToken: token);
        }

        var recorded = await DemoConsents.RecordMissingAsync(s, token);
        if (!s.Json)
        {
            await s.Output.WriteLineAsync(
                $"Catalogue: {DemoCatalogue.Creators.Length} creators, {DemoCatalogue.Works.Length} works, {DemoCatalogue.Operators.Length} operators, {DemoCatalogue.Models.Length} models, {DemoCatalogue.Licences.Length} licences, {DemoCatalogue.Consents.Length} consent decisions" +
                (recorded == DemoCatalogue.Consents.Length ? "" : $" ({recorded} recorded now, {DemoCatalogue.Consents.Length - recorded} already in force: the demo was run before)"));
        }
    }
}
