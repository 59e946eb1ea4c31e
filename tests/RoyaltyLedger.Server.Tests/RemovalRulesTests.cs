using Google.Protobuf.WellKnownTypes;
using Grpc.Core;
using RoyaltyLedger.Contracts.V1;
using RoyaltyLedger.Server.Tests.Infrastructure;

namespace RoyaltyLedger.Server.Tests;

/// <summary>The Removals service's rules over gRPC: who may ask, read and attest, what it refuses, and retries. On SQLite.</summary>
public sealed class RemovalRulesTests(SqliteServerFixture fixture) : IClassFixture<SqliteServerFixture>
{
    private const string Hash = "9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08";

    private static readonly Timestamp RemovedAt = Timestamp.FromDateTimeOffset(new DateTimeOffset(2026, 11, 1, 0, 0, 0, TimeSpan.Zero));

    private LedgerServer Server => fixture.Server;

    private static async Task<RpcException> FailsAsync<T>(Func<AsyncUnaryCall<T>> call) =>
        await Assert.ThrowsAsync<RpcException>(() => call().ResponseAsync);

    private static string KeyId(LedgerClients clients) => clients.ApiKey.Split('_')[1];

    private static RequestRemovalRequest Ask(Slice s, string id, string reason = "withdrawn from AI training", string model = "") =>
        new() { RequestId = id, WorkId = s.Work, OperatorId = s.Operator, ModelId = model, Reason = reason };

    private static AttestRemovalRequest Attest(string id, string hash = Hash) =>
        new() { RequestId = id, ModelVersion = "corpus-v2", Method = "deleted and retrained", RemovedAt = RemovedAt, ContentHashHex = hash };

    [Fact]
    public async Task RequestRemoval_StrangerCreatorOrAnOperator_IsPermissionDeniedNamingTheWork()
    {
        var s = await new Slice("rmr-deny").RegisterAsync(Server.Admin);
        await Server.Registry.RegisterCreatorAsync(new RegisterCreatorRequest { CreatorId = "rmr-deny-stranger", DisplayName = "Stranger" });
        var stranger = await Server.ClientsForAsync(Role.Creator, "rmr-deny-stranger");
        var op = await Server.ClientsForAsync(Role.Operator, s.Operator);

        var byStranger = await FailsAsync(() => stranger.Removals.RequestRemovalAsync(Ask(s, "rmr-deny-1")));
        var byOperator = await FailsAsync(() => op.Removals.RequestRemovalAsync(Ask(s, "rmr-deny-2")));

        Assert.Equal((StatusCode.PermissionDenied,
                $"creator rmr-deny-stranger (key {KeyId(stranger)}) may not request the removal of work {s.Work}: only a contributor in its current split, their society or an admin may"),
            (byStranger.StatusCode, byStranger.Status.Detail));
        Assert.Equal((StatusCode.PermissionDenied, $"operator {s.Operator} (key {KeyId(op)}) may not request the removal of works"),
            (byOperator.StatusCode, byOperator.Status.Detail));
    }

    [Fact]
    public async Task RequestRemoval_SocietyOfAContributor_IsAllowedAndAnotherSocietyIsNot()
    {
        var s = await new Slice("rmr-soc").RegisterAsync(Server.Admin);
        await Server.Registry.RegisterSocietyAsync(new RegisterSocietyRequest { SocietyId = "rmr-soc-own", DisplayName = "Own" });
        await Server.Registry.RegisterSocietyAsync(new RegisterSocietyRequest { SocietyId = "rmr-soc-other", DisplayName = "Other" });
        await Server.Registry.AddSocietyMemberAsync(new AddSocietyMemberRequest { SocietyId = "rmr-soc-own", MemberId = s.Lyricist });
        var own = await Server.ClientsForAsync(Role.Society, "rmr-soc-own");
        var other = await Server.ClientsForAsync(Role.Society, "rmr-soc-other");

        var asked = await own.Removals.RequestRemovalAsync(Ask(s, "rmr-soc-1"));
        var refused = await FailsAsync(() => other.Removals.RequestRemovalAsync(Ask(s, "rmr-soc-2")));
        var listed = await own.Removals.ListRemovalRequestsAsync(new ListRemovalRequestsRequest());

        Assert.Equal(("rmr-soc-own", "society", "open", "request"), (asked.RequestedBy, asked.RequestedByRole, asked.Status, asked.Origin));
        Assert.Equal((StatusCode.PermissionDenied,
                $"society rmr-soc-other (key {KeyId(other)}) may not request the removal of work {s.Work}: none of the contributors in its current split is a creator member"),
            (refused.StatusCode, refused.Status.Detail));
        Assert.Equal(["rmr-soc-1"], listed.Requests.Select(r => r.RequestId));
    }

    [Fact]
    public async Task AttestAndGet_AnotherOperatorOrStranger_IsPermissionDenied()
    {
        var s = await new Slice("rmr-op").RegisterAsync(Server.Admin);
        var other = await new Slice("rmr-op-other").RegisterAsync(Server.Admin);
        await Server.Registry.RegisterCreatorAsync(new RegisterCreatorRequest { CreatorId = "rmr-op-stranger", DisplayName = "Stranger" });
        var composer = await Server.ClientsForAsync(Role.Creator, s.Composer);
        var otherOperator = await Server.ClientsForAsync(Role.Operator, other.Operator);
        var stranger = await Server.ClientsForAsync(Role.Creator, "rmr-op-stranger");
        await composer.Removals.RequestRemovalAsync(Ask(s, "rmr-op-1", model: s.Model));

        var attest = await FailsAsync(() => otherOperator.Removals.AttestRemovalAsync(Attest("rmr-op-1")));
        var read = await FailsAsync(() => stranger.Removals.GetRemovalRequestAsync(new GetRemovalRequestRequest { RequestId = "rmr-op-1" }));
        var theirs = await otherOperator.Removals.ListRemovalRequestsAsync(new ListRemovalRequestsRequest());
        var byCreator = await FailsAsync(() => composer.Removals.AttestRemovalAsync(Attest("rmr-op-1")));

        Assert.Equal((StatusCode.PermissionDenied,
                $"operator {other.Operator} (key {KeyId(otherOperator)}) may not attest removal request rmr-op-1, which is addressed to operator {s.Operator}"),
            (attest.StatusCode, attest.Status.Detail));
        Assert.Equal((StatusCode.PermissionDenied,
                $"creator rmr-op-stranger (key {KeyId(stranger)}) may not read removal request rmr-op-1, which concerns work {s.Work} and operator {s.Operator}"),
            (read.StatusCode, read.Status.Detail));
        Assert.Empty(theirs.Requests);
        Assert.Equal((StatusCode.PermissionDenied, $"creator {s.Composer} (key {KeyId(composer)}) may not attest removals"), (byCreator.StatusCode, byCreator.Status.Detail));
        Assert.Equal("open", (await Server.Admin.Removals.GetRemovalRequestAsync(new GetRemovalRequestRequest { RequestId = "rmr-op-1" })).Status);
    }

    [Fact]
    public async Task RequestRemoval_BadFields_InvalidArgumentNamingEachFieldAndValue()
    {
        var s = await new Slice("rmr-bad").RegisterAsync(Server.Admin);
        var other = await new Slice("rmr-bad-other").RegisterAsync(Server.Admin);

        var fields = await FailsAsync(() => Server.Admin.Removals.RequestRemovalAsync(new RequestRemovalRequest
        {
            RequestId = "refused:x", WorkId = "bad work", OperatorId = "", Reason = new string('r', 1_001),
        }));
        var work = await FailsAsync(() => Server.Admin.Removals.RequestRemovalAsync(new RequestRemovalRequest { RequestId = "rmr-bad-1", WorkId = "rmr-bad-ghost", OperatorId = s.Operator, Reason = "r" }));
        var model = await FailsAsync(() => Server.Admin.Removals.RequestRemovalAsync(Ask(s, "rmr-bad-2", model: other.Model)));
        var atLimit = await Server.Admin.Removals.RequestRemovalAsync(Ask(s, "rmr-bad-3", reason: new string('r', 1_000)));

        Assert.Equal((StatusCode.InvalidArgument, string.Join("; ",
                "request_id 'refused:x' starts with 'refused:', which the ledger keeps for the demands it opens itself",
                "work_id 'bad work' must be 1 to 64 letters, digits or . _ : -, starting with a letter or digit",
                "operator_id is required",
                "reason is 1001 characters long, at most 1000 are allowed")),
            (fields.StatusCode, fields.Status.Detail));
        Assert.Equal((StatusCode.InvalidArgument, "work_id 'rmr-bad-ghost' is not a registered work"), (work.StatusCode, work.Status.Detail));
        Assert.Equal((StatusCode.InvalidArgument, $"model_id '{other.Model}' belongs to operator {other.Operator}, not {s.Operator}"), (model.StatusCode, model.Status.Detail));
        Assert.Equal(1_000, atLimit.Reason.Length);
    }

    [Fact]
    public async Task AttestRemoval_BadEvidence_InvalidArgumentNamingEachFieldAndValue()
    {
        var s = await new Slice("rmr-ev").RegisterAsync(Server.Admin);
        await Server.Admin.Removals.RequestRemovalAsync(Ask(s, "rmr-ev-1"));
        var future = Timestamp.FromDateTimeOffset(new DateTimeOffset(2099, 1, 1, 0, 0, 0, TimeSpan.Zero));

        var error = await FailsAsync(() => Server.Admin.Removals.AttestRemovalAsync(new AttestRemovalRequest
        {
            RequestId = "rmr-ev-1", ModelVersion = new string('v', 129), Method = " ", RemovedAt = future, ContentHashHex = "abc",
        }));
        var missing = await FailsAsync(() => Server.Admin.Removals.AttestRemovalAsync(new AttestRemovalRequest { RequestId = "rmr-ev-1", ModelVersion = "v", Method = "m", ContentHashHex = Hash }));
        var unknown = await FailsAsync(() => Server.Admin.Removals.AttestRemovalAsync(Attest("rmr-ev-ghost")));

        var field = error.GetRpcStatus()!.Details.Single().Unpack<Google.Rpc.BadRequest>().FieldViolations.Select(v => v.Field);
        Assert.Equal(["model_version", "method", "removed_at", "content_hash_hex"], field);
        Assert.StartsWith("model_version is 129 characters long, at most 128 are allowed; method is required; " +
            "removed_at 2099-01-01T00:00:00Z is in the future (now is ", error.Status.Detail, StringComparison.Ordinal);
        Assert.EndsWith("; content_hash_hex 'abc' is 3 characters long; expected the SHA-256 of what was removed as 64 hexadecimal characters", error.Status.Detail, StringComparison.Ordinal);
        Assert.Equal((StatusCode.InvalidArgument, "removed_at is required: when the work was removed"), (missing.StatusCode, missing.Status.Detail));
        Assert.Equal((StatusCode.NotFound, "removal request rmr-ev-ghost does not exist"), (unknown.StatusCode, unknown.Status.Detail));
    }

    [Fact]
    public async Task RequestAndAttest_RetriedWithSameOrOtherContent_SameResultOrAlreadyExistsNamingTheField()
    {
        var s = await new Slice("rmr-idem").RegisterAsync(Server.Admin);
        var composer = await Server.ClientsForAsync(Role.Creator, s.Composer);
        var op = await Server.ClientsForAsync(Role.Operator, s.Operator);

        var first = await composer.Removals.RequestRemovalAsync(Ask(s, "rmr-idem-1"));
        var again = await composer.Removals.RequestRemovalAsync(Ask(s, "rmr-idem-1"));
        var otherReason = await FailsAsync(() => composer.Removals.RequestRemovalAsync(Ask(s, "rmr-idem-1", reason: "another reason")));
        var attested = await op.Removals.AttestRemovalAsync(Attest("rmr-idem-1", Hash.ToUpperInvariant()));
        var attestedAgain = await op.Removals.AttestRemovalAsync(Attest("rmr-idem-1"));
        var otherHash = await FailsAsync(() => op.Removals.AttestRemovalAsync(Attest("rmr-idem-1", new string('0', 64))));

        Assert.Equal(first, again);
        Assert.Equal((StatusCode.AlreadyExists, "removal request rmr-idem-1 already exists with reason 'withdrawn from AI training'; this call gives 'another reason'"),
            (otherReason.StatusCode, otherReason.Status.Detail));
        Assert.Equal((Hash, "attested"), (attested.Attestation.ContentHashHex, attested.Status));
        Assert.Equal(attested, attestedAgain);
        Assert.Equal((StatusCode.AlreadyExists, $"removal request rmr-idem-1 was already attested with content_hash_hex '{Hash}'; this call gives '{new string('0', 64)}'"),
            (otherHash.StatusCode, otherHash.Status.Detail));
    }

    [Fact]
    public async Task ListRemovalRequests_BadFilterLimitOrToken_InvalidArgumentAndRightsholdersAreDenied()
    {
        await Server.Registry.RegisterRightsholderAsync(new RegisterRightsholderRequest { RightsholderId = "rmr-list-pub", DisplayName = "Pub", Kind = "publisher" });
        var rightsholder = await Server.ClientsForAsync(Role.Rightsholder, "rmr-list-pub");

        var bad = await FailsAsync(() => Server.Admin.Removals.ListRemovalRequestsAsync(new ListRemovalRequestsRequest { Status = "violated", Limit = 101, PageToken = "x" }));
        var atLimit = await Server.Admin.Removals.ListRemovalRequestsAsync(new ListRemovalRequestsRequest { Limit = 100 });
        var denied = await FailsAsync(() => rightsholder.Removals.ListRemovalRequestsAsync(new ListRemovalRequestsRequest()));

        Assert.Equal((StatusCode.InvalidArgument, string.Join("; ",
                "status 'violated' is not a removal status: expected open, attested or withdrawn, or empty for every request",
                "limit is 101, expected 1 to 100 (0 means 50)",
                "page_token 'x' is not a token this service returned")),
            (bad.StatusCode, bad.Status.Detail));
        Assert.InRange(atLimit.Requests.Count, 0, 100);
        Assert.Equal((StatusCode.PermissionDenied, $"rightsholder rmr-list-pub (key {KeyId(rightsholder)}) may not list removal requests"), (denied.StatusCode, denied.Status.Detail));
    }
}
