using Google.Rpc;
using Grpc.Core;
using RoyaltyLedger.Contracts.Exports;
using RoyaltyLedger.Contracts.V1;
using RoyaltyLedger.Server.Grpc;
using RoyaltyLedger.Server.Tests.Infrastructure;

namespace RoyaltyLedger.Server.Tests;

/// <summary>
/// Licences (by licence id) and consent decisions (by sequence) page as the registry lists do, and the CLI follows
/// the pages so that `royalty licences list` and `royalty consent list` still print every row. On both databases.
/// </summary>
public abstract class ListPagingLicencesConsentsTests(ServerFixture fixture)
{
    private LedgerServer Server => fixture.Server;

    [Fact]
    public async Task ListLicences_MaxPlusOneLicencesOfAnOperator_AFullPageThenOneAndTheCliPrintsAll()
    {
        var s = await new Slice("lpl").RegisterAsync(Server.Admin);
        var ids = Enumerable.Range(0, Paging.MaxPageSize).Select(i => $"lpl-x-{i:D4}").Prepend($"{s.Prefix}-lic").Order(StringComparer.Ordinal).ToList();
        foreach (var chunk in ids.Where(id => id != $"{s.Prefix}-lic").Chunk(50))
        {
            await Task.WhenAll(chunk.Select(id => Server.Registry.GrantLicenceAsync(new GrantLicenceRequest
            {
                Licence = new Licence
                {
                    LicenceId = id,
                    LicensorCreatorId = s.Composer,
                    WorkIds = { s.Work },
                    OperatorId = s.Operator,
                    Uses = { UseKind.Training },
                    StartsAt = Slice.LicenceStart,
                    Tariff = new Tariff { Currency = "EUR", PriceMicros = 2_000_000, PerUnits = 1_000_000, UnitKind = "tokens" },
                },
            }).ResponseAsync));
        }

        var first = await Server.Registry.ListLicencesAsync(new ListLicencesRequest { PartyId = s.Operator, PageSize = Paging.MaxPageSize });
        var second = await Server.Registry.ListLicencesAsync(new ListLicencesRequest { PartyId = s.Operator, PageSize = Paging.MaxPageSize, PageToken = first.NextPageToken });
        var byDefault = await Server.Registry.ListLicencesAsync(new ListLicencesRequest { PartyId = s.Operator });
        var cli = await Server.RoyaltyAsync(Server.Admin.ApiKey, "licences", "list", "--party", s.Operator, "--json");

        Assert.Equal(Paging.MaxPageSize + 1, ids.Count);
        Assert.Equal(ids.Take(Paging.MaxPageSize), first.Licences.Select(l => l.LicenceId));
        Assert.NotEqual("", first.NextPageToken);
        Assert.Equal([ids[^1]], second.Licences.Select(l => l.LicenceId));
        Assert.Equal("", second.NextPageToken);
        Assert.Equal(ids.Take(Paging.DefaultPageSize), byDefault.Licences.Select(l => l.LicenceId));
        Assert.NotEqual("", byDefault.NextPageToken);
        Assert.Equal(0, cli.Exit);
        var printed = WireJson.Parse<ListLicencesResponse>(cli.Output);
        Assert.Equal(ids, printed.Licences.Select(l => l.LicenceId));
        // Uses print as users spell them, never by their protobuf names, and read back as the same uses.
        Assert.DoesNotContain("USE_KIND_", cli.Output, StringComparison.Ordinal);
        Assert.Equal(first.Licences.Concat(second.Licences).Select(l => l.Uses.ToList()), printed.Licences.Select(l => l.Uses.ToList()));
    }

    [Fact]
    public async Task ListConsents_MaxPlusOneDecisionsInHistory_AFullPageThenOneAndTheCliPrintsAll()
    {
        var s = await new Slice("lpc").RegisterAsync(Server.Admin);
        var before = (await Server.Admin.Consents.ListConsentsAsync(new ListConsentsRequest { CreatorId = s.Composer, IncludeHistory = true })).Consents.Count;
        for (var i = before; i < Paging.MaxPageSize + 1; i++)
        {
            await Server.Admin.Consents.RecordConsentAsync(new RecordConsentRequest
            {
                CreatorId = s.Composer,
                Use = UseKind.Training,
                WorkId = s.Work,
                Decision = i % 2 == 0 ? ConsentDecision.Granted : ConsentDecision.Refused,
            });
        }

        var all = new List<ulong>();
        var first = await Server.Admin.Consents.ListConsentsAsync(new ListConsentsRequest { CreatorId = s.Composer, IncludeHistory = true, PageSize = Paging.MaxPageSize });
        var second = await Server.Admin.Consents.ListConsentsAsync(
            new ListConsentsRequest { CreatorId = s.Composer, IncludeHistory = true, PageSize = Paging.MaxPageSize, PageToken = first.NextPageToken });
        var current = await Server.Admin.Consents.ListConsentsAsync(new ListConsentsRequest { CreatorId = s.Composer, PageSize = 1 });
        var cli = await Server.RoyaltyAsync(Server.Admin.ApiKey, "consent", "list", "--creator", s.Composer, "--history", "--json");

        Assert.Equal(Paging.MaxPageSize, first.Consents.Count);
        Assert.NotEqual("", first.NextPageToken);
        Assert.Single(second.Consents);
        Assert.Equal("", second.NextPageToken);
        all.AddRange(first.Consents.Concat(second.Consents).Select(c => c.Sequence));
        Assert.Equal(all.Order(), all);
        Assert.Equal(all.Count, all.Distinct().Count());
        // Only the latest decision per scope is in force: one, so one page of one says there is no other.
        Assert.Equal([all[^1]], current.Consents.Select(c => c.Sequence));
        Assert.Equal("", current.NextPageToken);
        Assert.Equal(0, cli.Exit);
        var printed = WireJson.Parse<ListConsentsResponse>(cli.Output);
        Assert.Equal(all, printed.Consents.Select(c => c.Sequence));
        Assert.Contains("\"use\": \"training\"", cli.Output, StringComparison.Ordinal);
        Assert.DoesNotContain("USE_KIND_", cli.Output, StringComparison.Ordinal);
        Assert.All(printed.Consents, c => Assert.Equal(UseKind.Training, c.Use));
    }

    [Theory]
    [InlineData(Paging.MaxPageSize + 1, "", "page_size", "page_size is 1,001, expected 1 to 1,000 (0 means 100)")]
    [InlineData(-1, "", "page_size", "page_size is -1, expected 1 to 1,000 (0 means 100)")]
    [InlineData(0, "not a token", "page_token",
        "page_token 'not a token' is not a token this server issued; pass next_page_token of the previous page, or \"\" for the first")]
    public async Task ListLicences_BadPageSizeOrToken_InvalidArgumentNamingFieldAndValue(int pageSize, string pageToken, string field, string description)
    {
        var violation = await InvalidArgument.SingleViolationAsync(() =>
            Server.Registry.ListLicencesAsync(new ListLicencesRequest { PageSize = pageSize, PageToken = pageToken }).ResponseAsync);

        Assert.Equal((field, description), violation);
    }

    [Theory]
    [InlineData(Paging.MaxPageSize + 1, "", "page_size", "page_size is 1,001, expected 1 to 1,000 (0 means 100)")]
    [InlineData(0, "not a token", "page_token",
        "page_token 'not a token' is not a token this server issued; pass next_page_token of the previous page, or \"\" for the first")]
    public async Task ListConsents_BadPageSizeOrToken_InvalidArgumentNamingFieldAndValue(int pageSize, string pageToken, string field, string description)
    {
        var violation = await InvalidArgument.SingleViolationAsync(() =>
            Server.Admin.Consents.ListConsentsAsync(new ListConsentsRequest { CreatorId = "lpc-any", PageSize = pageSize, PageToken = pageToken }).ResponseAsync);

        Assert.Equal((field, description), violation);
    }

    [Theory]
    [InlineData(Paging.MaxPageSize + 1, "", "page_size", "page_size is 1,001, expected 1 to 1,000 (0 means 100)")]
    [InlineData(0, "not a token", "page_token",
        "page_token 'not a token' is not a token this server issued; pass next_page_token of the previous page, or \"\" for the first")]
    public async Task ListRequests_BadPageSizeOrToken_InvalidArgumentNamingFieldAndValue(int pageSize, string pageToken, string field, string description)
    {
        var violation = await InvalidArgument.SingleViolationAsync(() =>
            Server.Admin.LicenceRequests.ListRequestsAsync(new ListLicenceRequestsRequest { PartyId = "lpr-any", PageSize = pageSize, PageToken = pageToken }).ResponseAsync);

        Assert.Equal((field, description), violation);
    }

    [Fact]
    public async Task ListConsents_TokenOfALicenceId_InvalidArgumentNamingTheToken()
    {
        // A token this server issues for id-ordered lists: well formed, but its key is not a sequence number.
        var token = Paging.Token("lpc-not-a-sequence");

        var error = await Assert.ThrowsAsync<RpcException>(() =>
            Server.Admin.Consents.ListConsentsAsync(new ListConsentsRequest { CreatorId = "lpc-any", PageToken = token }).ResponseAsync);

        Assert.Equal(StatusCode.InvalidArgument, error.StatusCode);
        Assert.StartsWith($"page_token '{token}' is not a token this server issued", error.Status.Detail, StringComparison.Ordinal);
    }
}

public sealed class SqliteListPagingLicencesConsentsTests(SqliteServerFixture fixture) : ListPagingLicencesConsentsTests(fixture), IClassFixture<SqliteServerFixture>;

public sealed class PostgresListPagingLicencesConsentsTests(PostgresServerFixture fixture) : ListPagingLicencesConsentsTests(fixture), IClassFixture<PostgresServerFixture>;
