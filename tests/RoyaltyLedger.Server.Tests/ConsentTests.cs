using Grpc.Core;
using RoyaltyLedger.Contracts.V1;
using RoyaltyLedger.Server.Tests.Infrastructure;

namespace RoyaltyLedger.Server.Tests;

/// <summary>Consent over gRPC: the creator's own decisions, kept as history, refused across creators.</summary>
public abstract class ConsentTests(ServerFixture fixture)
{
    private LedgerServer Server => fixture.Server;

    private static RecordConsentRequest Decide(string creator, ConsentDecision decision, string work = "", string op = "") =>
        new() { CreatorId = creator, Use = UseKind.Training, Decision = decision, WorkId = work, OperatorId = op };

    [Fact]
    public async Task RecordConsent_RefusalThenGrant_ListShowsLatestAndHistoryKeepsRefusal()
    {
        var s = await new Slice("con-hist").RegisterAsync(Server.Admin);
        var composer = await Server.ClientsForAsync(Role.Creator, s.Composer);
        await composer.Consents.RecordConsentAsync(Decide(s.Composer, ConsentDecision.Refused, work: s.Work));
        var granted = await composer.Consents.RecordConsentAsync(Decide(s.Composer, ConsentDecision.Granted, work: s.Work));
        await composer.Consents.RecordConsentAsync(Decide(s.Composer, ConsentDecision.Refused, op: s.Operator));

        var current = await composer.Consents.ListConsentsAsync(new ListConsentsRequest { CreatorId = s.Composer });
        var history = await composer.Consents.ListConsentsAsync(new ListConsentsRequest { CreatorId = s.Composer, IncludeHistory = true });

        Assert.Equal([(s.Work, "", ConsentDecision.Granted), ("", s.Operator, ConsentDecision.Refused)],
            current.Consents.Select(c => (c.WorkId, c.OperatorId, c.Decision)));
        Assert.Equal([ConsentDecision.Refused, ConsentDecision.Granted, ConsentDecision.Refused], history.Consents.Select(c => c.Decision));
        Assert.StartsWith($"creator {s.Composer} (key ", granted.RecordedBy, StringComparison.Ordinal);
    }

    [Fact]
    public async Task RecordConsent_ForAnotherCreator_IsPermissionDeniedAndNothingIsRecorded()
    {
        var s = await new Slice("con-other").RegisterAsync(Server.Admin);
        var composer = await Server.ClientsForAsync(Role.Creator, s.Composer);

        var error = await Assert.ThrowsAsync<RpcException>(() =>
            composer.Consents.RecordConsentAsync(Decide(s.Lyricist, ConsentDecision.Granted)).ResponseAsync);

        Assert.Equal(StatusCode.PermissionDenied, error.StatusCode);
        Assert.EndsWith($"may not record consent for creator {s.Lyricist}", error.Status.Detail, StringComparison.Ordinal);
        // Only the consent the slice itself recorded for the lyricist is there.
        var lyricistConsent = await Server.Admin.Consents.ListConsentsAsync(new ListConsentsRequest { CreatorId = s.Lyricist, IncludeHistory = true });
        var only = Assert.Single(lyricistConsent.Consents);
        Assert.StartsWith("admin key ", only.RecordedBy, StringComparison.Ordinal);
    }

    [Fact]
    public async Task RecordConsent_ForWorkTheCreatorDidNotMake_NamesTheWork()
    {
        var s = await new Slice("con-work").RegisterAsync(Server.Admin);
        var other = await new Slice("con-work-other").RegisterAsync(Server.Admin);
        var composer = await Server.ClientsForAsync(Role.Creator, s.Composer);

        var error = await Assert.ThrowsAsync<RpcException>(() =>
            composer.Consents.RecordConsentAsync(Decide(s.Composer, ConsentDecision.Granted, work: other.Work)).ResponseAsync);

        Assert.Equal((StatusCode.InvalidArgument, $"work_id '{other.Work}' is not a registered work of creator {s.Composer}"),
            (error.StatusCode, error.Status.Detail));
    }

    [Fact]
    public async Task RecordConsent_WithoutUseOrDecision_NamesBothFields()
    {
        var s = await new Slice("con-fields").RegisterAsync(Server.Admin);
        var error = await Assert.ThrowsAsync<RpcException>(() =>
            Server.Admin.Consents.RecordConsentAsync(new RecordConsentRequest { CreatorId = s.Composer }).ResponseAsync);

        Assert.Equal(StatusCode.InvalidArgument, error.StatusCode);
        Assert.Equal("use is 0, expected training, fine-tuning, retrieval, output or style-imitation; decision is Unspecified, expected granted, refused or not_given",
            error.Status.Detail);
    }
}

public sealed class SqliteConsentTests(SqliteServerFixture fixture) : ConsentTests(fixture), IClassFixture<SqliteServerFixture>;

public sealed class PostgresConsentTests(PostgresServerFixture fixture) : ConsentTests(fixture), IClassFixture<PostgresServerFixture>;
