using Grpc.Core;
using RoyaltyLedger.Contracts.V1;
using RoyaltyLedger.Server.Tests.Infrastructure;

namespace RoyaltyLedger.Server.Tests;

/// <summary>Who may list which licences, and the coverage report of a rightsholder's catalogue licence.</summary>
public abstract class LicenceReadTests(ServerFixture fixture)
{
    private LedgerServer Server => fixture.Server;

    [Fact]
    public async Task ListLicences_OperatorKey_SeesOnlyItsOwnAndMayNotNameAnotherOperator()
    {
        var mine = await new Slice("lrt-own").RegisterAsync(Server.Admin);
        var theirs = await new Slice("lrt-own-other").RegisterAsync(Server.Admin);
        var op = await Server.ClientsForAsync(Role.Operator, mine.Operator);

        var listed = await op.Registry.ListLicencesAsync(new ListLicencesRequest());
        var error = await Assert.ThrowsAsync<RpcException>(() =>
            op.Registry.ListLicencesAsync(new ListLicencesRequest { PartyId = theirs.Operator }).ResponseAsync);

        Assert.Equal([$"{mine.Prefix}-lic"], listed.Licences.Select(l => l.LicenceId));
        Assert.Equal(StatusCode.PermissionDenied, error.StatusCode);
        Assert.EndsWith($"may list only its own licences, not those of {theirs.Operator}", error.Status.Detail, StringComparison.Ordinal);
        var all = await Server.Registry.ListLicencesAsync(new ListLicencesRequest());
        Assert.Contains(all.Licences, l => l.LicenceId == $"{theirs.Prefix}-lic");
    }

    [Fact]
    public async Task ListLicences_CreatorNamingAnotherParty_IsPermissionDenied()
    {
        var s = await new Slice("lrt-creator").RegisterAsync(Server.Admin);
        var lyricist = await Server.ClientsForAsync(Role.Creator, s.Lyricist);

        var error = await Assert.ThrowsAsync<RpcException>(() =>
            lyricist.Registry.ListLicencesAsync(new ListLicencesRequest { PartyId = s.Composer }).ResponseAsync);

        Assert.Equal(StatusCode.PermissionDenied, error.StatusCode);
        Assert.EndsWith($"may list only its own licences, not those of {s.Composer}", error.Status.Detail, StringComparison.Ordinal);
    }

    [Fact]
    public async Task GetLicenceCoverage_CatalogueWithSilentCoCreator_CoversSoloAndNamesTheGapInDuet()
    {
        var c = await new Catalogue("lrt-cov").RegisterAsync(Server.Admin);
        await Server.Registry.GrantLicenceAsync(new GrantLicenceRequest { Licence = c.CatalogueLicence("lrt-cov-l") });

        var first = await Server.Registry.GetLicenceCoverageAsync(new GetLicenceCoverageRequest { LicenceId = "lrt-cov-l", PageSize = 1 });
        var second = await Server.Registry.GetLicenceCoverageAsync(new GetLicenceCoverageRequest { LicenceId = "lrt-cov-l", PageSize = 1, PageToken = first.NextPageToken });

        // Pages run in work id order: the duet, then the solo.
        Assert.Equal((c.Duet, false, 0U, 1U, c.Duet), (first.Works.Single().WorkId, first.Works[0].Covered, first.WorksCovered, first.WorksNotCovered, first.NextPageToken));
        var gap = Assert.Single(first.Works[0].Gaps);
        Assert.Equal((UseKind.Training, c.Silent, "not_given", $"creator {c.Silent} has not given consent to training by operator {c.Operator} for work {c.Duet}"),
            (gap.Use, gap.CreatorId, gap.Kind, gap.Reason));
        Assert.Equal((c.Solo, true, 0, 1U, 0U, ""),
            (second.Works.Single().WorkId, second.Works[0].Covered, second.Works[0].Gaps.Count, second.WorksCovered, second.WorksNotCovered, second.NextPageToken));
    }
}

public sealed class SqliteLicenceReadTests(SqliteServerFixture fixture) : LicenceReadTests(fixture), IClassFixture<SqliteServerFixture>;

public sealed class PostgresLicenceReadTests(PostgresServerFixture fixture) : LicenceReadTests(fixture), IClassFixture<PostgresServerFixture>;
