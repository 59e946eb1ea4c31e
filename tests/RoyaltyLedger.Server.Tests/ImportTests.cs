using RoyaltyLedger.Cli;
using RoyaltyLedger.Contracts.V1;
using RoyaltyLedger.Server.Tests.Infrastructure;

namespace RoyaltyLedger.Server.Tests;

/// <summary>Bulk import through the CLI: every row reported, a rejected row never half-imported.</summary>
public sealed class ImportTests(SqliteServerFixture fixture) : IClassFixture<SqliteServerFixture>, IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("royalty-import-").FullName;

    private async Task<(int Exit, string Output, string Error)> ImportAsync(string kind, string csv)
    {
        var path = Path.Combine(_folder, $"{kind}-{Guid.NewGuid():N}.csv");
        await File.WriteAllTextAsync(path, csv);
        using var output = new StringWriter();
        using var error = new StringWriter();
        var exit = await RoyaltyCli.RunAsync([kind, "import", path, "--server", fixture.Server.Address, "--api-key", fixture.Server.Admin.ApiKey], output, error);
        return (exit, output.ToString(), error.ToString());
    }

    [Fact]
    public async Task ImportCreators_MixedRows_ImportsGoodRowsAndReportsEachRejection()
    {
        var result = await ImportAsync("creators", """
            creator_id,display_name,identifiers
            imp-anna,Anna Lind,isni:0000 0001 2103 2683
            imp bad,Spaced Id,
            imp-carl,"Carl, Jr.",isni:0000000121032684
            imp-dora,Dora Ek,
            """);

        Assert.Equal(1, result.Exit);
        Assert.Equal(
            """
            line 2: imported creator imp-anna
            line 3: rejected creator imp bad: creator_id 'imp bad' must be 1 to 64 letters, digits or . _ : -, starting with a letter or digit
            line 4: rejected creator imp-carl: identifiers[0].value '0000000121032684' is not a valid ISNI: check character is 4, expected 3
            line 5: imported creator imp-dora
            2 imported, 2 rejected

            """.ReplaceLineEndings(), result.Output.ReplaceLineEndings());
        var ids = (await fixture.Server.Registry.ListCreatorsAsync(new ListCreatorsRequest())).Creators.Select(c => c.CreatorId).ToList();
        Assert.Contains("imp-anna", ids);
        Assert.Contains("imp-dora", ids);
        Assert.DoesNotContain("imp-carl", ids);
    }

    [Fact]
    public async Task ImportWorks_RowWithBadSplit_IsRejectedWholeWhileOthersImport()
    {
        await ImportAsync("creators", "creator_id,display_name\nimpw-a,A\nimpw-b,B\n");
        var result = await ImportAsync("works", """
            work_id,title,medium,contributors,identifiers
            impw-song,Song,music,impw-a:composer:6000;impw-b:lyricist:4000,iswc:T-034.524.680-1
            impw-short,Short Split,music,impw-a:composer:6000;impw-b:lyricist:3900,
            """);

        Assert.Equal(1, result.Exit);
        Assert.Contains("line 2: imported work impw-song", result.Output, StringComparison.Ordinal);
        Assert.Contains("line 3: rejected work impw-short: work impw-short splits sum to 9,900 basis points, expected 10,000", result.Output, StringComparison.Ordinal);
        var works = (await fixture.Server.Registry.ListWorksAsync(new ListWorksRequest())).Works.Select(w => w.WorkId).ToList();
        Assert.Contains("impw-song", works);
        Assert.DoesNotContain("impw-short", works);
    }

    [Fact]
    public async Task ImportWorks_MissingColumn_NamesItAndImportsNothing()
    {
        var result = await ImportAsync("works", "work_id,title\nimpm-x,X\n");
        Assert.Equal(1, result.Exit);
        Assert.Contains("lacks the column(s) medium, contributors", result.Error, StringComparison.Ordinal);
    }

    public void Dispose() => TempFolder.Delete(_folder);
}
