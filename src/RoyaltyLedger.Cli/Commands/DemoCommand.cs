using System.CommandLine;
using RoyaltyLedger.Cli.Demo;
using RoyaltyLedger.Cli.Rendering;
using RoyaltyLedger.Contracts.V1;

namespace RoyaltyLedger.Cli.Commands;

/// <summary>
/// Seeds a small catalogue, streams a few thousand usage events through the real ingest path and
/// prints every creator's statement. Safe to run again: every step is idempotent.
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

        if (s.Json)
        {
            await JsonOutput.WriteAsync(s.Output, totals.ToJson(statements));
            return;
        }

        await totals.WriteAsync(s.Output);
        foreach (var statement in statements)
        {
            await StatementPrinter.WriteAsync(s.Output, statement);
        }
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

        // Consent is append-only: a rerun records the same decisions again, which changes nothing in force.
        foreach (var c in DemoCatalogue.Consents)
        {
            await s.Consents.RecordConsentAsync(c, cancellationToken: token);
        }

        if (!s.Json)
        {
            await s.Output.WriteLineAsync(
                $"Catalogue: {DemoCatalogue.Creators.Length} creators, {DemoCatalogue.Works.Length} works, {DemoCatalogue.Operators.Length} operators, {DemoCatalogue.Models.Length} models, {DemoCatalogue.Licences.Length} licences, {DemoCatalogue.Consents.Length} consent decisions");
        }
    }
}
