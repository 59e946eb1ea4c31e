using Google.Protobuf.WellKnownTypes;
using Google.Rpc;
using Grpc.Core;
using RoyaltyLedger.Contracts.V1;
using RoyaltyLedger.Server.Tests.Infrastructure;

namespace RoyaltyLedger.Server.Tests;

/// <summary>
/// Every RPC outside ingest that takes a google.protobuf.Timestamp answers one whose seconds or nanos are out of range
/// with INVALID_ARGUMENT naming the field and both values (issue 11: such a Timestamp used to throw in the server's
/// conversion and answer UNKNOWN), and the server goes on serving. Validation runs before any storage is touched, so
/// one store is enough.
/// </summary>
public sealed class WireTimestampTests(SqliteServerFixture fixture) : IClassFixture<SqliteServerFixture>
{
    /// <summary>One past 9999-12-31T23:59:59Z, the latest second a Timestamp may hold.</summary>
    private const long SecondsPastMax = 253_402_300_800;

    private static readonly Timestamp Valid = Timestamp.FromDateTimeOffset(new DateTimeOffset(2026, 6, 1, 0, 0, 0, TimeSpan.Zero));

    private LedgerServer Server => fixture.Server;

    private static readonly Dictionary<string, (string Field, Func<LedgerClients, Slice, Timestamp, Task> Call)> Calls = new()
    {
        ["PreviewCycle.period_end"] = ("period_end", (c, s, t) => new Payouts.PayoutsClient(c.Invoker).PreviewCycleAsync(Cycle(s, t)).ResponseAsync),
        ["CommitCycle.period_end"] = ("period_end", (c, s, t) => new Payouts.PayoutsClient(c.Invoker).CommitCycleAsync(Cycle(s, t)).ResponseAsync),
        ["SettleClaims.settled_through"] = ("settled_through", (c, s, t) => new Claims.ClaimsClient(c.Invoker).SettleClaimsAsync(new SettleClaimsRequest
        {
            SettlementId = $"{s.Prefix}-set", OperatorId = s.Operator, WorkIds = { s.Work }, SettledThrough = t, Note = "agreement",
        }).ResponseAsync),
        ["GrantLicence.starts_at"] = ("starts_at", (c, s, t) => c.Registry.GrantLicenceAsync(new GrantLicenceRequest { Licence = Licence(s, t, null) }).ResponseAsync),
        ["GrantLicence.ends_at"] = ("ends_at", (c, s, t) => c.Registry.GrantLicenceAsync(new GrantLicenceRequest { Licence = Licence(s, Valid, t) }).ResponseAsync),
        ["AmendSplits.effective_from"] = ("effective_from", (c, s, t) => c.Registry.AmendSplitsAsync(new AmendSplitsRequest
        {
            WorkId = s.Work, EffectiveFrom = t, Note = "fix", Correction = true,
            Contributors =
            {
                new Contributor { CreatorId = s.Composer, Role = "composer", ShareBps = 5_000 },
                new Contributor { CreatorId = s.Lyricist, Role = "lyricist", ShareBps = 5_000 },
            },
        }).ResponseAsync),
        ["RecordConsent.effective_from"] = ("effective_from", (c, s, t) => c.Consents.RecordConsentAsync(new RecordConsentRequest
        {
            CreatorId = s.Lyricist, WorkId = s.Work, Use = UseKind.Training, OperatorId = s.Operator, Decision = ConsentDecision.Refused, EffectiveFrom = t,
        }).ResponseAsync),
        ["FileRequest.starts_at"] = ("starts_at", (c, s, t) => c.LicenceRequests.FileRequestAsync(Filing(s, t, null)).ResponseAsync),
        ["FileRequest.ends_at"] = ("ends_at", (c, s, t) => c.LicenceRequests.FileRequestAsync(Filing(s, Valid, t)).ResponseAsync),
        ["AttestRemoval.removed_at"] = ("removed_at", (c, s, t) => c.Removals.AttestRemovalAsync(new AttestRemovalRequest
        {
            RequestId = $"{s.Prefix}-rm", ModelVersion = "v2", Method = "retrained", RemovedAt = t, ContentHashHex = new string('a', 64),
        }).ResponseAsync),
        ["SubmitTrainingManifest.trained_at"] = ("trained_at", (c, s, t) => new Manifests.ManifestsClient(c.Invoker).SubmitTrainingManifestAsync(new SubmitTrainingManifestRequest
        {
            ManifestId = $"{s.Prefix}-mf", OperatorId = s.Operator, ModelId = s.Model, Use = UseKind.Training, TrainedAt = t,
        }).ResponseAsync),
    };

    public static TheoryData<string, long, int> Cases()
    {
        var data = new TheoryData<string, long, int>();
        foreach (var name in Calls.Keys)
        {
            data.Add(name, SecondsPastMax, 0);
            data.Add(name, 1_800_000_000, 1_000_000_000);
            data.Add(name, 1_800_000_000, -1);
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public async Task Rpc_TimestampOutOfRange_IsInvalidArgumentNamingFieldSecondsAndNanos(string call, long seconds, int nanos)
    {
        var (field, send) = Calls[call];
        var s = await new Slice($"wts-{Calls.Keys.ToList().IndexOf(call)}-{(seconds == SecondsPastMax ? "s" : nanos < 0 ? "m" : "n")}").RegisterAsync(Server.Admin);

        var error = await Assert.ThrowsAsync<RpcException>(() => send(Server.Admin, s, new Timestamp { Seconds = seconds, Nanos = nanos }));

        Assert.Equal(StatusCode.InvalidArgument, error.StatusCode);
        var violation = Assert.Single(error.GetRpcStatus()!.GetDetail<BadRequest>().FieldViolations, v => v.Field == field);
        Assert.Contains($"seconds: {seconds}", violation.Description, StringComparison.Ordinal);
        Assert.Contains($"nanos: {nanos}", violation.Description, StringComparison.Ordinal);
        var work = await Server.Admin.Registry.GetWorkAsync(new GetWorkRequest { WorkId = s.Work });
        Assert.Equal(s.Work, work.WorkId);
    }

    private static RunCycleRequest Cycle(Slice s, Timestamp t) =>
        new() { CycleId = $"{s.Prefix}-cycle", SocietyId = $"{s.Prefix}-soc", Currency = "EUR", PeriodEnd = t, MinimumPayoutMinor = 0 };

    private static Licence Licence(Slice s, Timestamp starts, Timestamp? ends) => new()
    {
        LicenceId = $"{s.Prefix}-lic2",
        LicensorCreatorId = s.Composer,
        WorkIds = { s.Work },
        OperatorId = s.Operator,
        Uses = { UseKind.Training },
        StartsAt = starts,
        EndsAt = ends,
        Tariff = new Tariff { Currency = "EUR", PriceMicros = 2_000_000, PerUnits = 1_000_000, UnitKind = "tokens" },
    };

    private static FileLicenceRequestRequest Filing(Slice s, Timestamp starts, Timestamp? ends) => new()
    {
        RequestId = $"{s.Prefix}-req",
        OperatorId = s.Operator,
        WorkIds = { s.Work },
        ModelIds = { s.Model },
        Uses = { UseKind.Training },
        ProposedTariff = new Tariff { Currency = "EUR", PriceMicros = 2_000_000, PerUnits = 1_000_000, UnitKind = "tokens" },
        Purpose = "training",
        StartsAt = starts,
        EndsAt = ends,
    };
}
