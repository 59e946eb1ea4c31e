using Grpc.Core;
using RoyaltyLedger.Cli;
using RoyaltyLedger.Contracts.V1;
using RoyaltyLedger.Server.Tests.Infrastructure;

namespace RoyaltyLedger.Server.Tests;

/// <summary>`royalty licences import-rsl` end to end: an RSL document's terms become a licence that prices a use. Run once per store.</summary>
public abstract class RslImportTests(ServerFixture fixture)
{
    private const string Document = """
        <?xml version="1.0" encoding="UTF-8"?>
        <rsl xmlns="https://rslstandard.org/rsl">
          <content url="https://example.com/articles/article-1">
            <license>
              <permits type="usage">ai-train</permits>
              <payment type="training"><amount currency="EUR">0.50</amount></payment>
            </license>
            <license>
              <permits type="usage">ai-all</permits>
              <payment type="subscription"><amount currency="EUR">100</amount></payment>
            </license>
          </content>
        </rsl>
        """;

    private LedgerServer Server => fixture.Server;

    [Fact]
    public async Task ImportRsl_TrainingPrice_GrantsLicenceThatPricesTheUseAndReimportGrantsNothingTwice()
    {
        var s = await new Slice("rsl-rt").RegisterAsync(Server.Admin);
        var article = "rsl-rt-article";
        await Server.Registry.RegisterWorkAsync(new RegisterWorkRequest
        {
            WorkId = article, Title = "An Article", Medium = "text", Contributors = { new Contributor { CreatorId = s.Lyricist, Role = "author", ShareBps = 10_000 } },
        });
        var file = Path.Combine(Path.GetTempPath(), $"rsl-rt-{Guid.NewGuid():N}.xml");
        await File.WriteAllTextAsync(file, Document);
        try
        {
            string[] import = ["licences", "import-rsl", file, "--id", "rsl-rt", "--operator", s.Operator, "--licensor-creator", s.Lyricist, "--work", article,
                "--unit-kind", "tokens", "--per-units", "1000", "--starts", "2026-01-01T00:00:00Z"];
            var dryRun = await RoyaltyAsync([.. import, "--dry-run"]);
            var notYet = await Assert.ThrowsAsync<RpcException>(async () => await Server.Registry.GetLicenceAsync(new GetLicenceRequest { LicenceId = "rsl-rt-1" }));
            var first = await RoyaltyAsync(import);
            var second = await RoyaltyAsync(import);

            Assert.StartsWith("RSL content https://example.com/articles/article-1: 1 licence(s) granted, 1 part(s) not mapped\nLicence rsl-rt-1, granted ", first, StringComparison.Ordinal);
            Assert.Contains("not mapped: /rsl/content[1]/license[2]/payment[1]/@type: payment type 'subscription' is not a price per use", first, StringComparison.Ordinal);
            Assert.Equal(first, second);
            Assert.StartsWith("RSL content https://example.com/articles/article-1: 1 licence(s) would be granted (dry run), 1 part(s) not mapped\n" +
                "Licence rsl-rt-1 (not granted): training, fine-tuning; worldwide; from 2026-01-01", dryRun, StringComparison.Ordinal);
            Assert.Contains(" per 1,000 tokens\n", dryRun, StringComparison.Ordinal);
            Assert.Equal(StatusCode.NotFound, notYet.StatusCode);
            var licence = await Server.Registry.GetLicenceAsync(new GetLicenceRequest { LicenceId = "rsl-rt-1" });
            Assert.Equal([UseKind.Training, UseKind.FineTuning], licence.Uses);
            Assert.Equal(("EUR", 500_000L, 1_000L, "tokens"), (licence.Tariff.Currency, licence.Tariff.PriceMicros, licence.Tariff.PerUnits, licence.Tariff.UnitKind));

            var use = s.Event("rsl-rt-use", units: 3_000);
            use.WorkId = article;
            await s.SendAsync(Server.Ingest, "rsl", Slice.Batch(1, use));
            var statement = await Server.Statements.GetCreatorStatementAsync(new GetCreatorStatementRequest { CreatorId = s.Lyricist, WaitForProjection = true });

            var line = Assert.Single(statement.Lines, l => l.WorkId == article);
            // 3,000 tokens at 0.50 EUR per 1,000 tokens: 1.50 EUR, in nanos.
            Assert.Equal(("licensed", "EUR", "1500000000"), (line.LicenceStatus, line.Currency, line.AmountNanos));
        }
        finally
        {
            File.Delete(file);
        }
    }

    [Fact]
    public async Task ImportRsl_NothingMappableOrExternalEntity_ExitsOneNamingTheProblem()
    {
        var s = await new Slice("rsl-bad").RegisterAsync(Server.Admin);
        var crawl = Path.Combine(Path.GetTempPath(), $"rsl-bad-{Guid.NewGuid():N}.xml");
        var xxe = Path.Combine(Path.GetTempPath(), $"rsl-xxe-{Guid.NewGuid():N}.xml");
        await File.WriteAllTextAsync(crawl, """<rsl xmlns="https://rslstandard.org/rsl"><content url="/"><license><payment type="crawl"><amount currency="USD">0.001</amount></payment></license></content></rsl>""");
        await File.WriteAllTextAsync(xxe, """<?xml version="1.0"?><!DOCTYPE rsl [<!ENTITY x SYSTEM "file:///etc/passwd">]><rsl xmlns="https://rslstandard.org/rsl"><content url="/">&x;</content></rsl>""");
        try
        {
            var (crawlExit, crawlOut, crawlError) = await RunAsync("licences", "import-rsl", crawl, "--id", "rsl-bad", "--operator", s.Operator, "--licensor-creator", s.Lyricist,
                "--work", s.Work, "--unit-kind", "tokens");
            var (xxeExit, _, xxeError) = await RunAsync("licences", "import-rsl", xxe, "--id", "rsl-bad", "--operator", s.Operator, "--licensor-creator", s.Lyricist,
                "--work", s.Work, "--unit-kind", "tokens");

            Assert.Equal(1, crawlExit);
            Assert.Contains("not mapped: /rsl/content[1]/license[1]/payment[1]/@type: payment type 'crawl'", crawlOut, StringComparison.Ordinal);
            Assert.Contains("no license of content '/' could be mapped", crawlError, StringComparison.Ordinal);
            Assert.Equal(1, xxeExit);
            Assert.Contains("DTDs and external entities are refused", xxeError, StringComparison.Ordinal);
            Assert.DoesNotContain("root:", xxeError, StringComparison.Ordinal);
        }
        finally
        {
            File.Delete(crawl);
            File.Delete(xxe);
        }
    }

    private async Task<string> RoyaltyAsync(params string[] args)
    {
        var (exit, output, error) = await RunAsync(args);
        Assert.True(exit == 0, $"royalty {string.Join(' ', args)} exited {exit}: {error}");
        return output;
    }

    private async Task<(int Exit, string Output, string Error)> RunAsync(params string[] args)
    {
        using var output = new StringWriter();
        using var error = new StringWriter();
        var exit = await RoyaltyCli.RunAsync([.. args, "--server", Server.Address, "--api-key", Server.Admin.ApiKey], output, error);
        return (exit, output.ToString().ReplaceLineEndings("\n"), error.ToString());
    }
}

public sealed class SqliteRslImportTests(SqliteServerFixture fixture) : RslImportTests(fixture), IClassFixture<SqliteServerFixture>;

public sealed class PostgresRslImportTests(PostgresServerFixture fixture) : RslImportTests(fixture), IClassFixture<PostgresServerFixture>;
