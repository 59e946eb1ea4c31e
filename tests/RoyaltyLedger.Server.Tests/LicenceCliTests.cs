using System.Text.Json.Nodes;
using RoyaltyLedger.Cli;
using RoyaltyLedger.Contracts.V1;
using RoyaltyLedger.Server.Tests.Infrastructure;

namespace RoyaltyLedger.Server.Tests;

/// <summary>`royalty licences grant/list/get/coverage` against the real server.</summary>
public sealed class LicenceCliTests(SqliteServerFixture fixture) : IClassFixture<SqliteServerFixture>
{
    private LedgerServer Server => fixture.Server;

    private Task<(int Exit, string Output, string Error)> RoyaltyAsync(params string[] args) => Server.RoyaltyAsync(Server.Admin.ApiKey, args);

    [Fact]
    public async Task Grant_FullTerms_GetAndListPrintThem()
    {
        var s = await new Slice("lcli-grant").RegisterAsync(Server.Admin);

        var granted = await RoyaltyAsync("licences", "grant", "--id", "lcli-grant-l", "--operator", s.Operator, "--licensor-creator", s.Composer,
            "--work", s.Work, "--model", s.Model, "--use", "output", "--use", "retrieval", "--territory", "DE", "--territory", "FR",
            "--starts", "2026-01-01", "--ends", "2027-01-01T12:00:00+02:00", "--retroactive",
            "--price-micros", "2500000", "--per-units", "1000000", "--unit-kind", "tokens", "--revenue-share-bps", "1250");
        var got = await RoyaltyAsync("licences", "get", "--id", "lcli-grant-l");
        var listed = await RoyaltyAsync("licences", "list", "--party", s.Operator);

        Assert.True(granted.Exit == 0, granted.Error);
        Assert.Equal(granted.Output, got.Output);
        var lines = got.Output.Split('\n');
        Assert.StartsWith("Licence lcli-grant-l, granted ", lines[0], StringComparison.Ordinal);
        Assert.Equal(
            [
                $"  licensor:    creator {s.Composer}",
                $"  operator:    {s.Operator}",
                $"  works:       {s.Work}",
                $"  models:      {s.Model}",
                "  uses:        retrieval, output",
                "  territories: DE, FR",
                "  term:        from 2026-01-01 until 2027-01-01T10:00:00Z, and earlier uses (retroactive)",
                "  price:       EUR 2.500000 per 1,000,000 tokens + 12.5% of revenue",
                "",
            ], lines[1..]);
        Assert.Equal(0, listed.Exit);
        Assert.Contains("lcli-grant-l ", listed.Output, StringComparison.Ordinal);
        Assert.Contains($"{s.Prefix}-lic ", listed.Output, StringComparison.Ordinal);
        Assert.Contains("EUR 2.000000 per 1,000,000 tokens", listed.Output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Grant_UnknownModelAndBadUse_ReportTheFieldAndTheValue()
    {
        var s = await new Slice("lcli-bad").RegisterAsync(Server.Admin);

        var badUse = await RoyaltyAsync("licences", "grant", "--id", "lcli-bad-l", "--operator", s.Operator, "--licensor-creator", s.Composer,
            "--work", s.Work, "--use", "trainning", "--attribution-only");
        var twoLicensors = await RoyaltyAsync("licences", "grant", "--id", "lcli-bad-l", "--operator", s.Operator, "--licensor-creator", s.Composer,
            "--licensor-rightsholder", "lcli-bad-rh", "--use", "training", "--attribution-only");
        var ghostModel = await RoyaltyAsync("licences", "grant", "--id", "lcli-bad-l", "--operator", s.Operator, "--licensor-creator", s.Composer,
            "--work", s.Work, "--model", "lcli-ghost", "--use", "training", "--attribution-only");

        Assert.Equal(1, badUse.Exit);
        Assert.Contains("--use 'trainning' is not one of training, fine-tuning, retrieval, output, style-imitation", badUse.Error, StringComparison.Ordinal);
        Assert.Equal(1, twoLicensors.Exit);
        Assert.Contains("give exactly one of --licensor-creator and --licensor-rightsholder", twoLicensors.Error, StringComparison.Ordinal);
        Assert.Equal(1, ghostModel.Exit);
        Assert.Contains("error: the server refused the request: licence.model_ids[0]: licence.model_ids[0] 'lcli-ghost' is not a registered model", ghostModel.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Coverage_CatalogueOverTwoPages_PrintsEveryWorkEachGapAndTotals()
    {
        var c = await new Catalogue("lcli-cov").RegisterAsync(Server.Admin);
        var granted = await RoyaltyAsync("licences", "grant", "--id", "lcli-cov-l", "--operator", c.Operator, "--licensor-rightsholder", c.Rightsholder,
            "--use", "training", "--use", "output", "--price-micros", "2000000", "--per-units", "1000000", "--unit-kind", "tokens");
        Assert.True(granted.Exit == 0, granted.Error);
        Assert.Contains($"  works:       the whole catalogue of rightsholder {c.Rightsholder}", granted.Output, StringComparison.Ordinal);

        var report = await RoyaltyAsync("licences", "coverage", "--id", "lcli-cov-l", "--page-size", "1");
        var json = await RoyaltyAsync("licences", "coverage", "--id", "lcli-cov-l", "--page-size", "1", "--json");

        Assert.True(report.Exit == 0, report.Error);
        var lines = report.Output.Split('\n');
        Assert.StartsWith("Coverage of licence lcli-cov-l, judged at ", lines[0], StringComparison.Ordinal);
        Assert.Equal(
            [
                "WORK           COVERED  GAPS",
                $"{c.Duet}  no       not_given: creator {c.Silent} has not given consent to training by operator {c.Operator} for work {c.Duet}",
                $"                        not_given: creator {c.Consenting} has not given consent to output by operator {c.Operator} for work {c.Duet}",
                $"                        not_given: creator {c.Silent} has not given consent to output by operator {c.Operator} for work {c.Duet}",
                $"{c.Solo}  no       not_given: creator {c.Consenting} has not given consent to output by operator {c.Operator} for work {c.Solo}",
                "0 of 2 works covered",
                "",
            ], lines[1..]);
        var all = JsonNode.Parse(json.Output)!;
        Assert.Equal(("lcli-cov-l", 0, 2, 2, ""), ((string)all["licenceId"]!, (int)all["worksCovered"]!, (int)all["worksNotCovered"]!,
            all["works"]!.AsArray().Count, (string)all["nextPageToken"]!));
    }

    [Fact]
    public async Task Coverage_TrainingOnly_CoversTheSoloAndCountsIt()
    {
        var c = await new Catalogue("lcli-cov1").RegisterAsync(Server.Admin);
        await Server.Registry.GrantLicenceAsync(new GrantLicenceRequest { Licence = c.CatalogueLicence("lcli-cov1-l") });

        var report = await RoyaltyAsync("licences", "coverage", "--id", "lcli-cov1-l");

        Assert.True(report.Exit == 0, report.Error);
        Assert.Contains($"\n{c.Solo}  yes\n", report.Output, StringComparison.Ordinal);
        Assert.EndsWith("\n1 of 2 works covered\n", report.Output, StringComparison.Ordinal);
    }
}
