using RoyaltyLedger.Cli;
using RoyaltyLedger.Contracts.V1;
using RoyaltyLedger.Server.Tests.Infrastructure;

namespace RoyaltyLedger.Server.Tests;

/// <summary>
/// `royalty works add --rightsholder`, `works amend-splits`, `works show` and `splits import` against the real server.
/// Amendments are dated in 2030 and later, so that they stay in the future while these tests are kept.
/// </summary>
public sealed class SplitCliTests(SqliteServerFixture fixture) : IClassFixture<SqliteServerFixture>, IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("royalty-splits-").FullName;

    private LedgerServer Server => fixture.Server;

    private Task<(int Exit, string Output, string Error)> RoyaltyAsync(params string[] args) => Server.RoyaltyAsync(Server.Admin.ApiKey, args);

    private async Task<(int Exit, string Output, string Error)> ImportAsync(string kind, string csv)
    {
        var path = Path.Combine(_folder, $"{kind}-{Guid.NewGuid():N}.csv");
        await File.WriteAllTextAsync(path, csv);
        return await RoyaltyAsync(kind, "import", path);
    }

    private async Task<List<(string EffectiveFrom, string Shares)>> SplitsAsync(string workId) =>
        [.. (await Server.Registry.GetWorkAsync(new GetWorkRequest { WorkId = workId })).Splits.Select(v =>
            (v.EffectiveFrom.ToDateTimeOffset().ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture),
             string.Join(" ", v.Contributors.Select(c => $"{c.CreatorId}:{c.ShareBps}"))))];

    [Fact]
    public async Task WorksAddAmendSplitsAndShow_PrintRightsholdersEveryVersionAndLicences()
    {
        await RoyaltyAsync("creators", "add", "--id", "scli-ann", "--name", "Ann");
        await RoyaltyAsync("creators", "add", "--id", "scli-ben", "--name", "Ben");
        await RoyaltyAsync("rightsholders", "add", "--id", "scli-pub", "--name", "Pub", "--kind", "publisher");
        var added = await RoyaltyAsync("works", "add", "--id", "scli-song", "--title", "Song", "--medium", "music",
            "--contributor", "scli-ann:composer:6000", "--contributor", "scli-ben:lyricist:4000", "--rightsholder", "scli-pub");
        Assert.True(added.Exit == 0, added.Error);
        await RoyaltyAsync("operators", "add", "--id", "scli-op", "--name", "Op");
        var granted = await RoyaltyAsync("licences", "grant", "--id", "scli-song-l", "--operator", "scli-op", "--licensor-creator", "scli-ann",
            "--work", "scli-song", "--use", "training", "--starts", "2026-01-01", "--attribution-only");
        Assert.True(granted.Exit == 0, granted.Error);

        var amended = await RoyaltyAsync("works", "amend-splits", "--work", "scli-song", "--contributor", "scli-ann:composer:5000",
            "--contributor", "scli-ben:lyricist:5000", "--effective", "2030-01-01", "--note", "new deal");
        var shown = await RoyaltyAsync("works", "show", "--id", "scli-song");

        Assert.True(amended.Exit == 0, amended.Error);
        Assert.Equal(
            """
            Work scli-song: "Song" (music)
              identifiers:   none
              rightsholders: scli-pub
            Splits, oldest first:
            EFFECTIVE FROM  STATUS     CREATOR   ROLE      SHARE            NOTE
            the start       in force   scli-ann  composer  6,000 bps (60%)  registered
                                       scli-ben  lyricist  4,000 bps (40%)
            2030-01-01      scheduled  scli-ann  composer  5,000 bps (50%)  new deal
                                       scli-ben  lyricist  5,000 bps (50%)
            Licences:
            LICENCE      LICENSOR          OPERATOR  WORKS      MODELS  USES      TERRITORIES  TERM                         PRICE
            scli-song-l  creator scli-ann  scli-op   scli-song  all     training  worldwide    from 2026-01-01 with no end  free, attribution only

            """, shown.Output);
        Assert.Contains("2030-01-01      scheduled  scli-ann", amended.Output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task AmendSplits_BadContributor_IsAUsageErrorAndSendsNothing()
    {
        var result = await RoyaltyAsync("works", "amend-splits", "--work", "scli-none", "--contributor", "scli-ann-composer-10000", "--effective", "2030-13-01");

        Assert.Equal(1, result.Exit);
        Assert.Contains("contributor 'scli-ann-composer-10000' is not CREATOR_ID:ROLE:BASIS_POINTS", result.Error, StringComparison.Ordinal);
        Assert.Contains("--effective '2030-13-01' is not an ISO 8601 instant", result.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ImportWorks_RightsholderIdsColumn_PutsWorkInTheCatalogues()
    {
        await ImportAsync("creators", "creator_id,display_name\nscli-rh-a,A\n");
        await RoyaltyAsync("rightsholders", "add", "--id", "scli-rh-pub", "--name", "Pub", "--kind", "publisher");
        await RoyaltyAsync("rightsholders", "add", "--id", "scli-rh-label", "--name", "Label", "--kind", "label");

        var result = await ImportAsync("works", """
            work_id,title,medium,contributors,rightsholder_ids
            scli-rh-w,W,music,scli-rh-a:composer:10000,scli-rh-pub;scli-rh-label
            """);

        Assert.True(result.Exit == 0, result.Output + result.Error);
        var work = await Server.Registry.GetWorkAsync(new GetWorkRequest { WorkId = "scli-rh-w" });
        Assert.Equal(["scli-rh-label", "scli-rh-pub"], work.RightsholderIds);
    }

    private async Task RegisterAsync(string prefix, params string[] works)
    {
        await ImportAsync("creators", $"creator_id,display_name\n{prefix}-a,A\n{prefix}-b,B\n");
        foreach (var work in works)
        {
            await RoyaltyAsync("works", "add", "--id", work, "--title", work, "--medium", "text",
                "--contributor", $"{prefix}-a:author:6000", "--contributor", $"{prefix}-b:author:4000");
        }
    }

    [Fact]
    public async Task ImportSplits_GoodFile_ImportsEachVersionInDateOrderAndAgainChangesNothing()
    {
        await RegisterAsync("spi-ok", "spi-ok-w1", "spi-ok-w2");
        var csv = """
            work_id,effective_from,creator_id,role,share_bps,note
            spi-ok-w1,2031-01-01,spi-ok-a,author,2000,second change
            spi-ok-w1,2031-01-01,spi-ok-b,author,8000,
            spi-ok-w1,2030-01-01,spi-ok-a,author,5000,first change
            spi-ok-w2,2030-06-01T12:00:00Z,spi-ok-b,author,10000,
            spi-ok-w1,2030-01-01T00:00:00Z,spi-ok-b,author,5000,first change
            """;

        var result = await ImportAsync("splits", csv);
        var again = await ImportAsync("splits", csv);

        Assert.True(result.Exit == 0, result.Output + result.Error);
        Assert.Equal(
            """
            lines 2-3: imported split spi-ok-w1 from 2031-01-01
            lines 4, 6: imported split spi-ok-w1 from 2030-01-01
            line 5: imported split spi-ok-w2 from 2030-06-01T12:00:00Z
            3 imported, 0 rejected

            """, result.Output);
        Assert.Equal((0, result.Output), (again.Exit, again.Output));
        Assert.Equal([("1970-01-01", "spi-ok-a:6000 spi-ok-b:4000"), ("2030-01-01", "spi-ok-a:5000 spi-ok-b:5000"), ("2031-01-01", "spi-ok-a:2000 spi-ok-b:8000")],
            await SplitsAsync("spi-ok-w1"));
        Assert.Equal([("1970-01-01", "spi-ok-a:6000 spi-ok-b:4000"), ("2030-06-01", "spi-ok-b:10000")], await SplitsAsync("spi-ok-w2"));
        Assert.Equal("first change", (await Server.Registry.GetWorkAsync(new GetWorkRequest { WorkId = "spi-ok-w1" })).Splits[1].Note);
    }

    [Fact]
    public async Task ImportSplits_BadGroups_AreRejectedWholeWithTheReasonWhileGoodOnesImport()
    {
        await RegisterAsync("spi-bad", "spi-bad-good", "spi-bad-sum", "spi-bad-who", "spi-bad-past", "spi-bad-num");
        var result = await ImportAsync("splits", """
            work_id,effective_from,creator_id,role,share_bps
            spi-bad-good,2030-01-01,spi-bad-a,author,10000
            spi-bad-sum,2030-01-01,spi-bad-a,author,5000
            spi-bad-sum,2030-01-01,spi-bad-b,author,4000
            spi-bad-who,2030-01-01,spi-bad-a,author,5000
            spi-bad-who,2030-01-01,spi-bad-ghost,author,5000
            spi-bad-past,2020-01-01,spi-bad-a,author,10000
            spi-bad-num,2030-01-01,spi-bad-a,author,ten thousand
            spi-bad-num,next year,spi-bad-a,author,10000
            """);

        Assert.Equal(1, result.Exit);
        var lines = result.Output.Split('\n');
        Assert.Equal("line 2: imported split spi-bad-good from 2030-01-01", lines[0]);
        Assert.Equal("lines 3-4: rejected split spi-bad-sum from 2030-01-01: work spi-bad-sum splits sum to 9,000 basis points, expected 10,000", lines[1]);
        Assert.Equal("lines 5-6: rejected split spi-bad-who from 2030-01-01: line 6: contributors[1].creator_id 'spi-bad-ghost' is not a registered creator", lines[2]);
        Assert.StartsWith("line 7: rejected split spi-bad-past from 2020-01-01: work spi-bad-past split effective from 2020-01-01 is before now (", lines[3], StringComparison.Ordinal);
        Assert.Equal("line 8: rejected split spi-bad-num from 2030-01-01: line 8: share_bps 'ten thousand' is not a whole number of basis points", lines[4]);
        Assert.Equal("line 9: rejected split spi-bad-num from next year: effective_from 'next year' is not an ISO 8601 instant, e.g. 2027-01-01 or 2027-01-01T09:30:00Z", lines[5]);
        Assert.Equal(["1 imported, 5 rejected", ""], lines[6..]);
        Assert.Contains("5 of 6 split versions were rejected", result.Error, StringComparison.Ordinal);
        Assert.Equal(2, (await SplitsAsync("spi-bad-good")).Count);
        foreach (var work in new[] { "spi-bad-sum", "spi-bad-who", "spi-bad-past", "spi-bad-num" })
        {
            Assert.Equal([("1970-01-01", "spi-bad-a:6000 spi-bad-b:4000")], await SplitsAsync(work));
        }
    }

    public void Dispose() => TempFolder.Delete(_folder);
}
