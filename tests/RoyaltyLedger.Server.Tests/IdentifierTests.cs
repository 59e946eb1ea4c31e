using Google.Rpc;
using Grpc.Core;
using RoyaltyLedger.Contracts.V1;
using RoyaltyLedger.Server.Tests.Infrastructure;

namespace RoyaltyLedger.Server.Tests;

/// <summary>Public identifiers on works and creators: checked with their check digits, stored normalized.</summary>
public sealed class IdentifierTests(SqliteServerFixture fixture) : IClassFixture<SqliteServerFixture>
{
    private LedgerServer Server => fixture.Server;

    private static RegisterWorkRequest Work(string id, string creator, params (string Scheme, string Value)[] identifiers)
    {
        var request = new RegisterWorkRequest
        {
            WorkId = id,
            Title = "Identified",
            Medium = "music",
            Contributors = { new Contributor { CreatorId = creator, Role = "composer", ShareBps = 10_000 } },
        };
        request.Identifiers.AddRange(identifiers.Select(i => new Identifier { Scheme = i.Scheme, Value = i.Value }));
        return request;
    }

    [Fact]
    public async Task RegisterWork_ValidIswcAndIsrc_StoresNormalizedFormsAndRetryIsIdempotent()
    {
        var s = await new Slice("id-ok").RegisterAsync(Server.Admin);
        var request = Work("id-ok-work", s.Composer, ("ISWC", "T-034.524.680-1"), ("isrc", "US-RC1-76-07839"));

        var work = await Server.Registry.RegisterWorkAsync(request);
        var again = await Server.Registry.RegisterWorkAsync(request);

        Assert.Equal([("iswc", "T0345246801"), ("isrc", "USRC17607839")], work.Identifiers.Select(i => (i.Scheme, i.Value)));
        Assert.Equal(work, again);
    }

    [Fact]
    public async Task RegisterWork_WrongCheckDigit_IsRefusedNamingFieldAndNothingIsStored()
    {
        var s = await new Slice("id-bad").RegisterAsync(Server.Admin);
        var error = await Assert.ThrowsAsync<RpcException>(() =>
            Server.Registry.RegisterWorkAsync(Work("id-bad-work", s.Composer, ("iswc", "T-034.524.680-2"))).ResponseAsync);

        Assert.Equal(StatusCode.InvalidArgument, error.StatusCode);
        var violation = Assert.Single(error.GetRpcStatus()!.GetDetail<BadRequest>().FieldViolations);
        Assert.Equal(("identifiers[0].value", "identifiers[0].value 'T-034.524.680-2' is not a valid ISWC: check digit is 2, expected 1"),
            (violation.Field, violation.Description));
        var missing = await Assert.ThrowsAsync<RpcException>(() => Server.Registry.GetWorkAsync(new GetWorkRequest { WorkId = "id-bad-work" }).ResponseAsync);
        Assert.Equal(StatusCode.NotFound, missing.StatusCode);
    }

    [Fact]
    public async Task RegisterCreator_WithIsniAndIpi_ListsThemNormalized()
    {
        var creator = await Server.Registry.RegisterCreatorAsync(new RegisterCreatorRequest
        {
            CreatorId = "id-creator",
            DisplayName = "Identified Person",
            Identifiers = { new Identifier { Scheme = "isni", Value = "0000 0001 2103 2683" }, new Identifier { Scheme = "ipi", Value = "00014107338" } },
        });

        Assert.Equal([("isni", "0000000121032683"), ("ipi", "00014107338")], creator.Identifiers.Select(i => (i.Scheme, i.Value)));
        var listed = (await Server.Registry.ListCreatorsAsync(new ListCreatorsRequest())).Creators.Single(c => c.CreatorId == "id-creator");
        Assert.Equal(creator, listed);
    }
}
