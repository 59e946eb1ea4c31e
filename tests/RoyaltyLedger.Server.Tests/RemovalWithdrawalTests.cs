using System.Globalization;
using Google.Protobuf.WellKnownTypes;
using Grpc.Core;
using RoyaltyLedger.Contracts.V1;
using RoyaltyLedger.Server.Tests.Infrastructure;
using RoyaltyLedger.Application.Removals;

namespace RoyaltyLedger.Server.Tests;

/// <summary>
/// WithdrawRemoval over gRPC on both databases: who may withdraw (whoever may request), what it refuses with which
/// code and message, and retries, which return the first result and leave one journal entry.
/// </summary>
public abstract class RemovalWithdrawalTests(ServerFixture fixture)
{
    private const string Hash = "9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08";

    private LedgerServer Server => fixture.Server;

    private static async Task<RpcException> FailsAsync<T>(Func<AsyncUnaryCall<T>> call) =>
        await Assert.ThrowsAsync<RpcException>(() => call().ResponseAsync);

    private static string KeyId(LedgerClients clients) => clients.ApiKey.Split('_')[1];

    private static RequestRemovalRequest Ask(Slice s, string id) =>
        new() { RequestId = id, WorkId = s.Work, OperatorId = s.Operator, ModelId = s.Model, Reason = "withdrawn from AI training" };

    private static WithdrawRemovalRequest Withdraw(string id, string note = "agreed a licence instead") => new() { RequestId = id, Note = note };

    private static string Instant(Timestamp at) => at.ToDateTimeOffset().UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture);

    [Fact]
    public async Task WithdrawRemoval_StrangerCreatorOperatorOrAnotherSociety_IsPermissionDeniedAndTheRequestStaysOpen()
    {
        var s = await new Slice("rwr-deny").RegisterAsync(Server.Admin);
        await Server.Registry.RegisterCreatorAsync(new RegisterCreatorRequest { CreatorId = "rwr-deny-stranger", DisplayName = "Stranger" });
        await Server.Registry.RegisterSocietyAsync(new RegisterSocietyRequest { SocietyId = "rwr-deny-soc", DisplayName = "Other" });
        var composer = await Server.ClientsForAsync(Role.Creator, s.Composer);
        var stranger = await Server.ClientsForAsync(Role.Creator, "rwr-deny-stranger");
        var op = await Server.ClientsForAsync(Role.Operator, s.Operator);
        var society = await Server.ClientsForAsync(Role.Society, "rwr-deny-soc");
        await composer.Removals.RequestRemovalAsync(Ask(s, "rwr-deny-1"));

        var byStranger = await FailsAsync(() => stranger.Removals.WithdrawRemovalAsync(Withdraw("rwr-deny-1")));
        var byOperator = await FailsAsync(() => op.Removals.WithdrawRemovalAsync(Withdraw("rwr-deny-1")));
        var bySociety = await FailsAsync(() => society.Removals.WithdrawRemovalAsync(Withdraw("rwr-deny-1")));

        Assert.Equal((StatusCode.PermissionDenied, $"creator rwr-deny-stranger (key {KeyId(stranger)}) may not withdraw removal request rwr-deny-1, " +
                $"which concerns work {s.Work}: only a contributor in its current split, their society or an admin may"),
            (byStranger.StatusCode, byStranger.Status.Detail));
        Assert.Equal((StatusCode.PermissionDenied, $"operator {s.Operator} (key {KeyId(op)}) may not withdraw removal requests"),
            (byOperator.StatusCode, byOperator.Status.Detail));
        Assert.Equal((StatusCode.PermissionDenied, $"society rwr-deny-soc (key {KeyId(society)}) may not withdraw removal request rwr-deny-1, " +
                $"which concerns work {s.Work}: none of the contributors in its current split is a creator member"),
            (bySociety.StatusCode, bySociety.Status.Detail));
        Assert.Equal(("open", (RemovalWithdrawal?)null), await StatusAsync("rwr-deny-1"));
    }

    [Fact]
    public async Task WithdrawRemoval_CoCreatorSocietyOrAdmin_MayWithdrawLikeTheyMayRequest()
    {
        var s = await new Slice("rwr-may").RegisterAsync(Server.Admin);
        await Server.Registry.RegisterSocietyAsync(new RegisterSocietyRequest { SocietyId = "rwr-may-soc", DisplayName = "Own" });
        await Server.Registry.AddSocietyMemberAsync(new AddSocietyMemberRequest { SocietyId = "rwr-may-soc", MemberId = s.Lyricist });
        var composer = await Server.ClientsForAsync(Role.Creator, s.Composer);
        var lyricist = await Server.ClientsForAsync(Role.Creator, s.Lyricist);
        var society = await Server.ClientsForAsync(Role.Society, "rwr-may-soc");
        foreach (var id in new[] { "rwr-may-1", "rwr-may-2", "rwr-may-3" })
        {
            await composer.Removals.RequestRemovalAsync(Ask(s, id));
        }

        var byLyricist = await lyricist.Removals.WithdrawRemovalAsync(Withdraw("rwr-may-1"));
        var bySociety = await society.Removals.WithdrawRemovalAsync(Withdraw("rwr-may-2"));
        var byAdmin = await Server.Admin.Removals.WithdrawRemovalAsync(Withdraw("rwr-may-3"));

        Assert.Equal(
            [("withdrawn", s.Lyricist, "creator"), ("withdrawn", "rwr-may-soc", "society"), ("withdrawn", "", "admin")],
            new[] { byLyricist, bySociety, byAdmin }.Select(r => (r.Status, r.Withdrawal.WithdrawnBy, r.Withdrawal.WithdrawnByRole)));
        Assert.All([byLyricist, bySociety, byAdmin], r => Assert.Equal(("agreed a licence instead", 0UL, (RemovalAttestation?)null),
            (r.Withdrawal.Note, r.UsesAfterRemoval, r.Attestation)));
    }

    [Fact]
    public async Task WithdrawRemoval_BadFieldsOrUnknownRequest_InvalidArgumentNamingTheFieldOrNotFound()
    {
        var s = await new Slice("rwr-bad").RegisterAsync(Server.Admin);
        await Server.Admin.Removals.RequestRemovalAsync(Ask(s, "rwr-bad-1"));

        var missing = await FailsAsync(() => Server.Admin.Removals.WithdrawRemovalAsync(Withdraw("rwr-bad-1", note: " ")));
        var tooLong = await FailsAsync(() => Server.Admin.Removals.WithdrawRemovalAsync(Withdraw("bad id", note: new string('n', 301))));
        var unknown = await FailsAsync(() => Server.Admin.Removals.WithdrawRemovalAsync(Withdraw("rwr-bad-ghost")));
        var atLimit = await Server.Admin.Removals.WithdrawRemovalAsync(Withdraw("rwr-bad-1", note: new string('n', 300)));

        Assert.Equal((StatusCode.InvalidArgument, "note is required"), (missing.StatusCode, missing.Status.Detail));
        Assert.Equal((StatusCode.InvalidArgument,
                "request_id 'bad id' must be 1 to 64 letters, digits or . _ : -, starting with a letter or digit; note is 301 characters long, at most 300 are allowed"),
            (tooLong.StatusCode, tooLong.Status.Detail));
        Assert.Equal(["request_id", "note"], tooLong.GetRpcStatus()!.Details.Single().Unpack<Google.Rpc.BadRequest>().FieldViolations.Select(v => v.Field));
        Assert.Equal((StatusCode.NotFound, "removal request rwr-bad-ghost does not exist"), (unknown.StatusCode, unknown.Status.Detail));
        Assert.Equal(("withdrawn", 300), (atLimit.Status, atLimit.Withdrawal.Note.Length));
    }

    [Fact]
    public async Task WithdrawRemoval_RetriedWithSameOrOtherNote_SameResultOneEntryOrAlreadyExists()
    {
        var s = await new Slice("rwr-idem").RegisterAsync(Server.Admin);
        var composer = await Server.ClientsForAsync(Role.Creator, s.Composer);
        var requested = await composer.Removals.RequestRemovalAsync(Ask(s, "rwr-idem-1"));

        var first = await composer.Removals.WithdrawRemovalAsync(Withdraw("rwr-idem-1"));
        var again = await composer.Removals.WithdrawRemovalAsync(Withdraw("rwr-idem-1"));
        var otherNote = await FailsAsync(() => composer.Removals.WithdrawRemovalAsync(Withdraw("rwr-idem-1", note: "another note")));
        var entries = await Server.Admin.Ledger.ListJournalEntriesAsync(new ListJournalEntriesRequest { FromEntryNo = requested.JournalEntryNo, Limit = 1_000 });

        Assert.Equal(first, again);
        Assert.Equal((StatusCode.AlreadyExists, "removal request rwr-idem-1 was already withdrawn with note 'agreed a licence instead'; this call gives 'another note'"),
            (otherNote.StatusCode, otherNote.Status.Detail));
        var entry = Assert.Single(entries.Entries, e => e.Kind == "removal-withdrawal" && e.Reference.StartsWith("{\"request\":\"rwr-idem-1\",", StringComparison.Ordinal));
        Assert.Equal((first.Withdrawal.JournalEntryNo, 0), (entry.EntryNo, entry.Lines.Count));
    }

    [Fact]
    public async Task WithdrawRemoval_AfterAttestation_FailedPreconditionNamingTheDateAndAttestingAWithdrawnRequestToo()
    {
        var s = await new Slice("rwr-late").RegisterAsync(Server.Admin);
        var composer = await Server.ClientsForAsync(Role.Creator, s.Composer);
        var op = await Server.ClientsForAsync(Role.Operator, s.Operator);
        await composer.Removals.RequestRemovalAsync(Ask(s, "rwr-late-1"));
        await composer.Removals.RequestRemovalAsync(Ask(s, "rwr-late-2"));
        var attest = new AttestRemovalRequest
        {
            RequestId = "rwr-late-1", ModelVersion = "corpus-v2", Method = "deleted and retrained", ContentHashHex = Hash,
            RemovedAt = Timestamp.FromDateTimeOffset(new DateTimeOffset(2026, 11, 1, 0, 0, 0, TimeSpan.Zero)),
        };
        var attested = await op.Removals.AttestRemovalAsync(attest);
        var withdrawn = await composer.Removals.WithdrawRemovalAsync(Withdraw("rwr-late-2"));

        var withdrawAttested = await FailsAsync(() => composer.Removals.WithdrawRemovalAsync(Withdraw("rwr-late-1")));
        var attestWithdrawn = await FailsAsync(() => op.Removals.AttestRemovalAsync(new AttestRemovalRequest(attest) { RequestId = "rwr-late-2" }));

        Assert.Equal((StatusCode.FailedPrecondition, $"removal request rwr-late-1 was already attested on {Instant(attested.Attestation.AttestedAt)} " +
                $"(journal entry {attested.Attestation.JournalEntryNo}): the work was removed and that evidence stays, so the request can no longer be withdrawn"),
            (withdrawAttested.StatusCode, withdrawAttested.Status.Detail));
        Assert.Equal((StatusCode.FailedPrecondition, $"removal request rwr-late-2 was withdrawn on {Instant(withdrawn.Withdrawal.WithdrawnAt)} by creator {s.Composer} " +
                $"(journal entry {withdrawn.Withdrawal.JournalEntryNo}): there is nothing to attest"),
            (attestWithdrawn.StatusCode, attestWithdrawn.Status.Detail));
        Assert.Equal(("attested", (RemovalWithdrawal?)null), await StatusAsync("rwr-late-1"));
        Assert.Equal(("withdrawn", withdrawn.Withdrawal), await StatusAsync("rwr-late-2"));
    }

    private async Task<(string Status, RemovalWithdrawal? Withdrawal)> StatusAsync(string id)
    {
        var removal = await Server.Admin.Removals.GetRemovalRequestAsync(new GetRemovalRequestRequest { RequestId = id });
        return (removal.Status, removal.Withdrawal);
    }
}

public sealed class SqliteRemovalWithdrawalTests(SqliteServerFixture fixture) : RemovalWithdrawalTests(fixture), IClassFixture<SqliteServerFixture>;

public sealed class PostgresRemovalWithdrawalTests(PostgresServerFixture fixture) : RemovalWithdrawalTests(fixture), IClassFixture<PostgresServerFixture>;
