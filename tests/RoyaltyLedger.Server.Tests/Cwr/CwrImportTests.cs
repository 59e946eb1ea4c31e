using System.Globalization;
using Grpc.Core;
using RoyaltyLedger.Contracts.V1;
using RoyaltyLedger.Server.Tests.Infrastructure;
using RoyaltyLedger.Testing;

namespace RoyaltyLedger.Server.Tests.Cwr;

/// <summary>
/// `royalty works import-cwr` against the real server on both stores: works, creators and splits read back as the file
/// states them, a second import changes nothing, rejected transactions are reported by line and leave the others
/// imported. Each test uses its own sender id and IPI name numbers, since the tests of a class share one server.
/// </summary>
public abstract class CwrImportTests(ServerFixture fixture) : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("royalty-cwr-").FullName;

    private LedgerServer Server => fixture.Server;

    [Fact]
    public async Task ImportCwr_SameFileTwice_RegistersWorksCreatorsAndSplitsOnce()
    {
        var (ann, ben) = (Ipi(1001), Ipi(1002));
        var file = new CwrFile(senderId: "100000001").Group()
            .Work("MIDNIGHT TRAIN", "MT-1", Iswc(1001)).Detail("SPU", "01P001").Writer("SMITH", "ANN", ann, 6667, "C").Writer("JONES", "BEN", ben, 3333, "A", "OWR")
            .Work("DAWN", "DW-2").Writer("SMITH", "ANN", ann, 10000, "CA")
            .EndGroup().End();

        var first = await ImportAsync(file);
        var creatorsAfterFirst = await CreatorsAsync();
        var second = await ImportAsync(file);

        Assert.True(first.Exit == 0, first.Error + first.Output);
        Assert.Contains("line 3: registered work cwr-100000001-MT-1 (MIDNIGHT TRAIN): 2 writer(s)", first.Output, StringComparison.Ordinal);
        Assert.Contains("ignored 1 SPU record(s), the first on line 4", first.Output, StringComparison.Ordinal);
        Assert.Contains("2 work transaction(s) in 10 lines: 2 registered, 0 unchanged, 0 amended, 0 rejected; 2 creator(s) registered", first.Output, StringComparison.Ordinal);
        Assert.True(second.Exit == 0, second.Error + second.Output);
        Assert.Contains("2 work transaction(s) in 10 lines: 0 registered, 2 unchanged, 0 amended, 0 rejected; 0 creator(s) registered", second.Output, StringComparison.Ordinal);

        var train = await Server.Registry.GetWorkAsync(new GetWorkRequest { WorkId = "cwr-100000001-MT-1" });
        Assert.Equal(("MIDNIGHT TRAIN", "music", $"iswc:{Iswc(1001)}"), (train.Title, train.Medium, string.Join(",", train.Identifiers.Select(i => $"{i.Scheme}:{i.Value}"))));
        Assert.Equal([($"ipi-{ann}", "composer", 6667U), ($"ipi-{ben}", "author", 3333U)], train.Contributors.Select(c => (c.CreatorId, c.Role, c.ShareBps)));
        Assert.Single(train.Splits);
        var dawn = await Server.Registry.GetWorkAsync(new GetWorkRequest { WorkId = "cwr-100000001-DW-2" });
        Assert.Equal([($"ipi-{ann}", "composer-author", 10000U)], dawn.Contributors.Select(c => (c.CreatorId, c.Role, c.ShareBps)));
        Assert.Empty(dawn.Identifiers);

        var creators = await CreatorsAsync();
        Assert.Equal(creatorsAfterFirst, creators);
        Assert.Equal(("ANN SMITH", $"ipi:{ann}"), creators[$"ipi-{ann}"]);
        Assert.Equal(("BEN JONES", $"ipi:{ben}"), creators[$"ipi-{ben}"]);
    }

    [Fact]
    public async Task ImportCwr_CreatorAndWorkRegisteredBefore_AreMatchedByIpiAndIswc()
    {
        var (cara, dan) = (Ipi(2001), Ipi(2002));
        await Server.Registry.RegisterCreatorAsync(new RegisterCreatorRequest { CreatorId = "cwr-cara", DisplayName = "Cara", Identifiers = { new Identifier { Scheme = "ipi", Value = cara } } });
        await Server.Registry.RegisterWorkAsync(new RegisterWorkRequest
        {
            WorkId = "cwr-hand-registered", Title = "Known", Medium = "music",
            Contributors = { new Contributor { CreatorId = "cwr-cara", Role = "composer", ShareBps = 10000 } },
            Identifiers = { new Identifier { Scheme = "iswc", Value = Iswc(2001) } },
        });
        var file = new CwrFile(senderId: "100000002").Group()
            .Work("KNOWN", "KN-1", Iswc(2001)).Writer("CARA", "", cara, 10000)
            .Work("NEW ONE", "NW-1").Writer("CARA", "", cara, 5000).Writer("DAN", "", dan, 5000)
            .EndGroup().End();

        var result = await ImportAsync(file);

        Assert.True(result.Exit == 0, result.Error + result.Output);
        Assert.Contains("line 3: unchanged work cwr-hand-registered (KNOWN)", result.Output, StringComparison.Ordinal);
        var added = await Server.Registry.GetWorkAsync(new GetWorkRequest { WorkId = "cwr-100000002-NW-1" });
        Assert.Equal([("cwr-cara", 5000U), ($"ipi-{dan}", 5000U)], added.Contributors.Select(c => (c.CreatorId, c.ShareBps)));
        Assert.DoesNotContain($"ipi-{cara}", (await CreatorsAsync()).Keys);
    }

    [Fact]
    public async Task ImportCwr_RejectedTransactions_ReportedByLineWhileTheOthersAreImported()
    {
        var (eve, fay) = (Ipi(3001), Ipi(3002));
        var badIpi = eve[..9] + (eve[9..] == "99" ? "98" : "99");
        var file = new CwrFile(senderId: "100000003").Group()
            .Work("GOOD", "GD-1").Writer("EVE", "", eve, 10000)
            .Work("BAD IPI", "BI-1").Writer("EVE", "", badIpi, 10000)
            .Work("HALF", "HF-1").Writer("FAY", "", fay, 5000)
            .Work("BAD ISWC", "BS-1", "T0345246802").Writer("FAY", "", fay, 10000)
            .EndGroup().End();
        var report = Path.Combine(_folder, "report.csv");

        var result = await ImportAsync(file, "--report", report);

        Assert.Equal(1, result.Exit);
        Assert.Equal("error: 3 of 4 work transactions were rejected", result.Error.Trim());
        Assert.Contains("line 3: registered work cwr-100000003-GD-1 (GOOD)", result.Output, StringComparison.Ordinal);
        Assert.Contains($"line 5: rejected NWR BAD IPI: line 6 SWR writer IPI name number '{badIpi}': ", result.Output, StringComparison.Ordinal);
        Assert.Contains("line 7: rejected NWR HALF: line 7 NWR PR ownership share '50.00': the writers' PR ownership shares (lines 8) sum to 50.00 %", result.Output, StringComparison.Ordinal);
        var csv = await File.ReadAllLinesAsync(report);
        Assert.Equal("line,record_type,status,work_id,title,field,value,reason", csv[0]);
        Assert.StartsWith("3,NWR,registered,cwr-100000003-GD-1,GOOD,", csv[1], StringComparison.Ordinal);
        Assert.StartsWith($"6,SWR,rejected,cwr-100000003-BI-1,BAD IPI,writer IPI name number,{badIpi},", csv[2], StringComparison.Ordinal);
        Assert.StartsWith("9,NWR,rejected,cwr-100000003-BS-1,BAD ISWC,ISWC,T0345246802,", csv[4], StringComparison.Ordinal);
        foreach (var rejected in new[] { "BI-1", "HF-1", "BS-1" })
        {
            var ex = await Assert.ThrowsAsync<RpcException>(() => Server.Registry.GetWorkAsync(new GetWorkRequest { WorkId = $"cwr-100000003-{rejected}" }).ResponseAsync);
            Assert.Equal(StatusCode.NotFound, ex.StatusCode);
        }
    }

    [Fact]
    public async Task ImportCwr_RevisionWithOtherShares_AmendsTheSplitOnceAndAnNwrIsRefused()
    {
        var (gil, hal) = (Ipi(4001), Ipi(4002));
        var nwr = new CwrFile(senderId: "100000004").Group().Work("SONG", "SG-1").Writer("GIL", "", gil, 10000).EndGroup().End();
        var rev = new CwrFile(senderId: "100000004").Group("REV").Work("SONG", "SG-1", type: "REV").Writer("GIL", "", gil, 7500).Writer("HAL", "", hal, 2500).EndGroup().End();
        var nwrChanged = new CwrFile(senderId: "100000004").Group().Work("SONG", "SG-1").Writer("GIL", "", gil, 5000).Writer("HAL", "", hal, 5000).EndGroup().End();

        Assert.Equal(0, (await ImportAsync(nwr)).Exit);
        var amended = await ImportAsync(rev);
        var again = await ImportAsync(rev);
        var refused = await ImportAsync(nwrChanged);

        Assert.True(amended.Exit == 0, amended.Error + amended.Output);
        Assert.Contains("line 3: amended work cwr-100000004-SG-1 (SONG)", amended.Output, StringComparison.Ordinal);
        Assert.Contains("line 3: unchanged work cwr-100000004-SG-1 (SONG)", again.Output, StringComparison.Ordinal);
        Assert.Equal(1, refused.Exit);
        Assert.Contains("a REV transaction changes them", refused.Output, StringComparison.Ordinal);
        var work = await Server.Registry.GetWorkAsync(new GetWorkRequest { WorkId = "cwr-100000004-SG-1" });
        Assert.Equal(2, work.Splits.Count);
        Assert.Equal([($"ipi-{gil}", 7500U), ($"ipi-{hal}", 2500U)], work.Splits[1].Contributors.Select(c => (c.CreatorId, c.ShareBps)));
    }

    [Fact]
    public async Task ImportCwr_NotACwrFile_OneLineErrorAndNothingRegistered()
    {
        var path = Path.Combine(_folder, "not.cwr");
        await File.WriteAllTextAsync(path, "work_id,title\nw1,Song\n");

        var result = await Server.RoyaltyAsync(Server.Admin.ApiKey, "works", "import-cwr", path);

        Assert.Equal(1, result.Exit);
        Assert.Equal("error: line 1 HDR record type 'wor': expected HDR: a CWR file starts with its transmission header", result.Error.Trim());
        Assert.Equal("", result.Output);
    }

    public void Dispose()
    {
        TempFolder.Delete(_folder);
        GC.SuppressFinalize(this);
    }

    /// <summary>A valid IPI name number from nine digits: weights 10..2, check = (101 - S mod 101) mod 100.</summary>
    private static string Ipi(int n)
    {
        var nine = n.ToString("D9", CultureInfo.InvariantCulture);
        var sum = nine.Select((d, i) => (d - '0') * (10 - i)).Sum();
        var check = sum % 101 == 0 ? 0 : (101 - (sum % 101)) % 100;
        return nine + check.ToString("D2", CultureInfo.InvariantCulture);
    }

    /// <summary>A valid ISWC: T, nine digits, check = (10 - (1 + Σ i·d_i) mod 10) mod 10.</summary>
    private static string Iswc(int n)
    {
        var nine = n.ToString("D9", CultureInfo.InvariantCulture);
        var sum = 1 + nine.Select((d, i) => (i + 1) * (d - '0')).Sum();
        return $"T{nine}{(10 - (sum % 10)) % 10}";
    }

    private async Task<(int Exit, string Output, string Error)> ImportAsync(CwrFile file, params string[] options)
    {
        var path = Path.Combine(_folder, $"{Guid.NewGuid():N}.cwr");
        file.Save(path);
        return await Server.RoyaltyAsync(Server.Admin.ApiKey, ["works", "import-cwr", path, .. options]);
    }

    private async Task<Dictionary<string, (string Name, string Identifiers)>> CreatorsAsync() =>
        (await Server.Registry.ListCreatorsAsync(new ListCreatorsRequest { PageSize = 1000 })).Creators
            .ToDictionary(c => c.CreatorId, c => (c.DisplayName, string.Join(",", c.Identifiers.Select(i => $"{i.Scheme}:{i.Value}"))));
}

public sealed class SqliteCwrImportTests(SqliteServerFixture fixture) : CwrImportTests(fixture), IClassFixture<SqliteServerFixture>;

public sealed class PostgresCwrImportTests(PostgresServerFixture fixture) : CwrImportTests(fixture), IClassFixture<PostgresServerFixture>;
