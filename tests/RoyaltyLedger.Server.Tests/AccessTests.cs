using Grpc.Core;
using RoyaltyLedger.Contracts.V1;
using RoyaltyLedger.Server.Tests.Infrastructure;

namespace RoyaltyLedger.Server.Tests;

/// <summary>Role boundaries over gRPC: who may call what, with errors that say why.</summary>
public sealed class AccessTests(SqliteServerFixture fixture) : IClassFixture<SqliteServerFixture>
{
    private LedgerServer Server => fixture.Server;

    private static async Task<RpcException> FailsAsync<T>(Func<AsyncUnaryCall<T>> call) =>
        await Assert.ThrowsAsync<RpcException>(() => call().ResponseAsync);

    [Fact]
    public async Task AnyCall_WithoutKey_IsUnauthenticatedNamingTheHeader()
    {
        var anonymous = new Registry.RegistryClient(Server.Channel);
        var error = await FailsAsync(() => anonymous.ListCreatorsAsync(new ListCreatorsRequest()));
        Assert.Equal(StatusCode.Unauthenticated, error.StatusCode);
        Assert.Contains("authorization: Bearer <key>", error.Status.Detail, StringComparison.Ordinal);
    }

    [Fact]
    public async Task AnyCall_WithWrongSecret_IsUnauthenticated()
    {
        var key = Server.Admin.ApiKey;
        var forged = Server.ClientsWithKey(key[..^4] + "AAAA");
        var error = await FailsAsync(() => forged.Registry.ListCreatorsAsync(new ListCreatorsRequest()));
        Assert.Equal(StatusCode.Unauthenticated, error.StatusCode);
        Assert.EndsWith("is not valid", error.Status.Detail, StringComparison.Ordinal);
    }

    [Fact]
    public async Task RevokedKey_IsRefusedAtOnce()
    {
        var s = await new Slice("acc-revoke").RegisterAsync(Server.Admin);
        var creator = await Server.ClientsForAsync(Role.Creator, s.Composer);
        var who = await creator.Access.WhoAmIAsync(new WhoAmIRequest());
        await Server.Admin.Access.RevokeApiKeyAsync(new RevokeApiKeyRequest { KeyId = who.KeyId });

        var error = await FailsAsync(() => creator.Statements.GetCreatorStatementAsync(new GetCreatorStatementRequest { CreatorId = s.Composer, WaitForProjection = true }));
        Assert.Equal((StatusCode.Unauthenticated, $"API key {who.KeyId} was revoked"), (error.StatusCode, error.Status.Detail));
    }

    [Fact]
    public async Task Operator_OpeningStreamForAnotherOperator_IsPermissionDenied()
    {
        var mine = await new Slice("acc-op-a").RegisterAsync(Server.Admin);
        var theirs = await new Slice("acc-op-b").RegisterAsync(Server.Admin);
        var operatorA = await Server.ClientsForAsync(Role.Operator, mine.Operator);

        var error = await Assert.ThrowsAsync<RpcException>(() => theirs.SendAsync(operatorA.Ingest, "s", Slice.Batch(1, theirs.Event("e1"))));
        Assert.Equal(StatusCode.PermissionDenied, error.StatusCode);
        Assert.Contains($"may not report usage for operator {theirs.Operator}", error.Status.Detail, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Operator_ReportingAnotherOperatorsModelOnOwnStream_IsRejectedPerEvent()
    {
        var mine = await new Slice("acc-model-a").RegisterAsync(Server.Admin);
        var theirs = await new Slice("acc-model-b").RegisterAsync(Server.Admin);
        var operatorA = await Server.ClientsForAsync(Role.Operator, mine.Operator);

        var (_, acks) = await mine.SendAsync(operatorA.Ingest, "s", Slice.Batch(1, mine.Event("own"), mine.Event("foreign", model: theirs.Model)));
        Assert.Equal(1U, acks[0].Accepted);
        var rejection = Assert.Single(acks[0].Rejections);
        Assert.Equal((1U, RejectionReason.WrongOperator), (rejection.Index, rejection.Reason));
    }

    [Fact]
    public async Task Operator_ReadingCreatorStatement_IsPermissionDenied()
    {
        var s = await new Slice("acc-op-read").RegisterAsync(Server.Admin);
        var op = await Server.ClientsForAsync(Role.Operator, s.Operator);
        var error = await FailsAsync(() => op.Statements.GetCreatorStatementAsync(new GetCreatorStatementRequest { CreatorId = s.Composer, WaitForProjection = true }));
        Assert.Equal(StatusCode.PermissionDenied, error.StatusCode);
        Assert.StartsWith($"operator {s.Operator} (key ", error.Status.Detail, StringComparison.Ordinal);
        Assert.EndsWith("may not read creator statements", error.Status.Detail, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Creator_ReadsOwnStatementButNotAnothers()
    {
        var s = await new Slice("acc-creator").RegisterAsync(Server.Admin);
        var composer = await Server.ClientsForAsync(Role.Creator, s.Composer);

        var own = await composer.Statements.GetCreatorStatementAsync(new GetCreatorStatementRequest { CreatorId = s.Composer, WaitForProjection = true });
        var error = await FailsAsync(() => composer.Statements.GetCreatorStatementAsync(new GetCreatorStatementRequest { CreatorId = s.Lyricist, WaitForProjection = true }));

        Assert.Equal(s.Composer, own.CreatorId);
        Assert.Equal(StatusCode.PermissionDenied, error.StatusCode);
        Assert.EndsWith($"may not read the statement of creator {s.Lyricist}", error.Status.Detail, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Creator_LicensingAWorkTheyDidNotMake_IsPermissionDenied()
    {
        var s = await new Slice("acc-lic").RegisterAsync(Server.Admin);
        var other = await new Slice("acc-lic-other").RegisterAsync(Server.Admin);
        var composer = await Server.ClientsForAsync(Role.Creator, s.Composer);
        var request = new GrantLicenceRequest
        {
            Licence = new Licence
            {
                LicenceId = "acc-lic-steal",
                LicensorCreatorId = s.Composer,
                WorkIds = { other.Work },
                OperatorId = s.Operator,
                Uses = { UseKind.Training },
                Tariff = new Tariff { Currency = "EUR", PriceMicros = 0, PerUnits = 1, UnitKind = "tokens" },
            },
        };
        var error = await FailsAsync(() => composer.Registry.GrantLicenceAsync(request));
        Assert.Equal(StatusCode.PermissionDenied, error.StatusCode);
        Assert.EndsWith($"may license only their own works, and is not a contributor of {other.Work}", error.Status.Detail, StringComparison.Ordinal);
    }

    [Fact]
    public async Task NonAdmin_CreatingKeys_IsPermissionDenied()
    {
        var s = await new Slice("acc-keys").RegisterAsync(Server.Admin);
        var op = await Server.ClientsForAsync(Role.Operator, s.Operator);
        var error = await FailsAsync(() => op.Access.CreateApiKeyAsync(new CreateApiKeyRequest { Role = Role.Admin }));
        Assert.Equal(StatusCode.PermissionDenied, error.StatusCode);
    }

    [Fact]
    public async Task CreateKey_ForUnregisteredOperator_NamesTheParty()
    {
        var error = await FailsAsync(() => Server.Admin.Access.CreateApiKeyAsync(new CreateApiKeyRequest { Role = Role.Operator, PartyId = "acc-ghost" }));
        Assert.Equal((StatusCode.InvalidArgument, "party_id 'acc-ghost' is not a registered operator"), (error.StatusCode, error.Status.Detail));
    }
}
