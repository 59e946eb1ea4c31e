using Google.Protobuf.WellKnownTypes;
using Google.Rpc;
using Grpc.Core;
using RoyaltyLedger.Contracts.V1;
using RoyaltyLedger.Server.Tests.Infrastructure;

namespace RoyaltyLedger.Server.Tests;

/// <summary>RecordConsent's effective_from: never in the future; a past instant reaches back and re-rates the uses it concerns.</summary>
public abstract class ConsentEffectiveFromTests(ServerFixture fixture)
{
    private LedgerServer Server => fixture.Server;

    private static RecordConsentRequest Refuse(Slice s, Timestamp? effectiveFrom) => new()
    {
        CreatorId = s.Lyricist, WorkId = s.Work, Use = UseKind.Training, OperatorId = s.Operator, Decision = ConsentDecision.Refused, EffectiveFrom = effectiveFrom,
    };

    private async Task<Dictionary<string, (ulong Events, long Nanos)>> ComposerLinesAsync(Slice s) =>
        (await Server.Statements.GetCreatorStatementAsync(new GetCreatorStatementRequest { CreatorId = s.Composer, WaitForProjection = true }))
            .Lines.ToDictionary(l => l.LicenceStatus, l => (l.EventCount, l.AmountNanos.N()));

    [Fact]
    public async Task RecordConsent_EffectiveFromInTheFuture_IsInvalidArgumentNamingTheValue()
    {
        var s = await new Slice("cef-future").RegisterAsync(Server.Admin);
        var future = new DateTimeOffset(2099, 1, 1, 0, 0, 0, TimeSpan.Zero);

        var error = await Assert.ThrowsAsync<RpcException>(() => Server.Admin.Consents.RecordConsentAsync(Refuse(s, Timestamp.FromDateTimeOffset(future))).ResponseAsync);

        Assert.Equal(StatusCode.InvalidArgument, error.StatusCode);
        var violation = Assert.Single(error.GetRpcStatus()!.GetDetail<BadRequest>().FieldViolations);
        Assert.Equal("effective_from", violation.Field);
        Assert.StartsWith("effective_from 2099-01-01T00:00:00.0000000Z is in the future; expected an instant from 1970 to now (", violation.Description, StringComparison.Ordinal);
        var listed = await Server.Admin.Consents.ListConsentsAsync(new ListConsentsRequest { CreatorId = s.Lyricist, IncludeHistory = true });
        Assert.DoesNotContain(listed.Consents, c => c.Decision == ConsentDecision.Refused);
    }

    [Fact]
    public async Task RecordConsent_RefusalWithoutEffectiveFrom_LeavesAnEarlierUseLicensed()
    {
        var s = await new Slice("cef-now").RegisterAsync(Server.Admin);
        await s.SendAsync(Server.Ingest, "cef", Slice.Batch(1, s.Event("e-earlier")));
        Assert.Equal((1UL, 1_200_000_000L), (await ComposerLinesAsync(s))["licensed"]);

        await Server.Admin.Consents.RecordConsentAsync(Refuse(s, null));
        var lines = await ComposerLinesAsync(s);

        Assert.Equal((1UL, 1_200_000_000L), lines["licensed"]);
        Assert.False(lines.ContainsKey("refused"));
    }

    [Fact]
    public async Task RecordConsent_RefusalEffectiveBeforeAProjectedUse_ReachesBackAndReratesItRefused()
    {
        var s = await new Slice("cef-back").RegisterAsync(Server.Admin);
        await s.SendAsync(Server.Ingest, "cef", Slice.Batch(1, s.Event("e-earlier")));
        Assert.Equal((1UL, 1_200_000_000L), (await ComposerLinesAsync(s))["licensed"]);

        await Server.Admin.Consents.RecordConsentAsync(Refuse(s, Slice.UsedAt));
        var lines = await ComposerLinesAsync(s);

        // The refusal applies at its instant, the use's own: the use is refused, and what it had paid is reversed.
        Assert.Equal((1UL, 0L), lines["refused"]);
        Assert.False(lines.ContainsKey("licensed"));
        Assert.Equal(0L, await Server.BalanceAsync($"party:{s.Composer}"));
    }
}

public sealed class SqliteConsentEffectiveFromTests(SqliteServerFixture fixture) : ConsentEffectiveFromTests(fixture), IClassFixture<SqliteServerFixture>;

public sealed class PostgresConsentEffectiveFromTests(PostgresServerFixture fixture) : ConsentEffectiveFromTests(fixture), IClassFixture<PostgresServerFixture>;
