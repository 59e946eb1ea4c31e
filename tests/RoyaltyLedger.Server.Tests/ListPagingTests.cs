using System.Text;
using Google.Rpc;
using Grpc.Core;
using RoyaltyLedger.Contracts.V1;
using RoyaltyLedger.Server.Grpc;
using RoyaltyLedger.Server.Tests.Infrastructure;

namespace RoyaltyLedger.Server.Tests;

/// <summary>
/// Registry list calls page in id order (page_size 0 means the default, over the maximum is refused), and the CLI
/// follows the pages so that `royalty operators list` still prints every operator. On both databases.
/// </summary>
public abstract class ListPagingTests(ServerFixture fixture)
{
    private LedgerServer Server => fixture.Server;

    [Fact]
    public async Task ListOperators_MaxPlusOneOperators_AFullPageThenOneAndTheCliPrintsAll()
    {
        var ids = Enumerable.Range(0, Paging.MaxPageSize + 1).Select(i => $"lp-op-{i:D4}").ToList();
        foreach (var chunk in ids.Chunk(50))
        {
            await Task.WhenAll(chunk.Select(id => Server.Registry.RegisterOperatorAsync(new RegisterOperatorRequest { OperatorId = id, DisplayName = id }).ResponseAsync));
        }

        var first = await Server.Registry.ListOperatorsAsync(new ListOperatorsRequest { PageSize = Paging.MaxPageSize });
        var second = await Server.Registry.ListOperatorsAsync(new ListOperatorsRequest { PageSize = Paging.MaxPageSize, PageToken = first.NextPageToken });
        var byDefault = await Server.Registry.ListOperatorsAsync(new ListOperatorsRequest { PageSize = 0 });
        var exactlyAll = await Server.Registry.ListOperatorsAsync(new ListOperatorsRequest { PageSize = 1, PageToken = Paging.Token(ids[^2]) });
        var cli = await Server.RoyaltyAsync(Server.Admin.ApiKey, "operators", "list");

        Assert.Equal(ids.Take(Paging.MaxPageSize), first.Operators.Select(o => o.OperatorId));
        Assert.NotEqual("", first.NextPageToken);
        Assert.Equal([ids[^1]], second.Operators.Select(o => o.OperatorId));
        Assert.Equal("", second.NextPageToken);
        Assert.Equal(ids.Take(Paging.DefaultPageSize), byDefault.Operators.Select(o => o.OperatorId));
        Assert.NotEqual("", byDefault.NextPageToken);
        // A page that ends on the last operator says so: no token leading to an empty page.
        Assert.Equal([ids[^1]], exactlyAll.Operators.Select(o => o.OperatorId));
        Assert.Equal("", exactlyAll.NextPageToken);
        Assert.Equal(0, cli.Exit);
        Assert.Equal(ids, cli.Output.Split('\n').Skip(1).Where(l => l.Length > 0).Select(l => l.Split(' ')[0]));
    }

    [Theory]
    [InlineData(Paging.MaxPageSize + 1, "", "page_size", "page_size is 1,001, expected 1 to 1,000 (0 means 100)")]
    [InlineData(-1, "", "page_size", "page_size is -1, expected 1 to 1,000 (0 means 100)")]
    [InlineData(0, "not a token", "page_token",
        "page_token 'not a token' is not a token this server issued; pass next_page_token of the previous page, or \"\" for the first")]
    public async Task ListCreators_BadPageSizeOrToken_InvalidArgumentNamingFieldAndValue(int pageSize, string pageToken, string field, string description)
    {
        var violation = await InvalidArgument.SingleViolationAsync(() =>
            Server.Registry.ListCreatorsAsync(new ListCreatorsRequest { PageSize = pageSize, PageToken = pageToken }).ResponseAsync);

        Assert.Equal((field, description), violation);
    }

    [Fact]
    public async Task ListWorks_TokenOfAnotherShape_InvalidArgumentNamingTheToken()
    {
        // Valid base64url, but not "v1:" and an id: a token from elsewhere, or edited by hand.
        var forged = Convert.ToBase64String(Encoding.UTF8.GetBytes("v2:lp-w")).TrimEnd('=');

        var error = await Assert.ThrowsAsync<RpcException>(() => Server.Registry.ListWorksAsync(new ListWorksRequest { PageToken = forged }).ResponseAsync);

        Assert.Equal(StatusCode.InvalidArgument, error.StatusCode);
        Assert.StartsWith($"page_token '{forged}' is not a token this server issued", error.Status.Detail, StringComparison.Ordinal);
    }
}

public sealed class SqliteListPagingTests(SqliteServerFixture fixture) : ListPagingTests(fixture), IClassFixture<SqliteServerFixture>;

public sealed class PostgresListPagingTests(PostgresServerFixture fixture) : ListPagingTests(fixture), IClassFixture<PostgresServerFixture>;
