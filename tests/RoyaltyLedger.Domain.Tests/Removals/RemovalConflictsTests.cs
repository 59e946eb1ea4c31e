using RoyaltyLedger.Domain.Removals;

namespace RoyaltyLedger.Domain.Tests.Removals;

public class RemovalConflictsTests
{
    private static readonly RemovalRequestTerms Request = new("w-1", "op-1", "m-1", "please remove", "c-1", "creator");

    /// <summary>2026-11-10T00:00:00Z.</summary>
    private static readonly RemovalAttestationTerms Attestation = new("v2", "deleted", 1_794_268_800_000, new string('a', 64));

    private static readonly RemovalWithdrawalTerms Withdrawal = new("agreed", "c-1", "creator");

    [Fact]
    public void Request_SameTerms_IsARepeat()
    {
        Assert.Null(RemovalConflicts.Request(Request, Request with { }));
    }

    [Fact]
    public void Request_OtherReason_NamesReasonWithBothValues()
    {
        Assert.Equal(new RemovalDifference("reason", "please remove", "remove it now"), RemovalConflicts.Request(Request, Request with { Reason = "remove it now" }));
    }

    [Fact]
    public void Request_SeveralFieldsDiffer_NamesTheFirstInOrder()
    {
        var given = Request with { Reason = "other", ModelId = "m-2", WorkId = "w-2" };

        Assert.Equal(new RemovalDifference("work_id", "w-1", "w-2"), RemovalConflicts.Request(Request, given));
    }

    [Fact]
    public void Request_OtherRequester_ShowsRoleAndPartyOrTheRoleAlone()
    {
        Assert.Equal(new RemovalDifference("requested_by", "creator c-1", "society s-1"),
            RemovalConflicts.Request(Request, Request with { RequestedBy = "s-1", RequestedByRole = "society" }));
        Assert.Equal(new RemovalDifference("requested_by", "creator c-1", "admin"),
            RemovalConflicts.Request(Request, Request with { RequestedBy = "", RequestedByRole = "admin" }));
    }

    [Fact]
    public void Request_OperatorOrModelDiffers_NamesIt()
    {
        Assert.Equal("operator_id", RemovalConflicts.Request(Request, Request with { OperatorId = "op-2" })!.Field);
        Assert.Equal("model_id", RemovalConflicts.Request(Request, Request with { ModelId = "" })!.Field);
    }

    [Fact]
    public void Attestation_SameTerms_IsARepeat()
    {
        Assert.Null(RemovalConflicts.Attestation(Attestation, Attestation with { }));
    }

    [Fact]
    public void Attestation_OtherRemovalTime_ShowsBothInstantsToTheMillisecond()
    {
        Assert.Equal(new RemovalDifference("removed_at", "2026-11-10T00:00:00.000Z", "2026-11-10T00:00:00.001Z"),
            RemovalConflicts.Attestation(Attestation, Attestation with { RemovedAtUnixMs = Attestation.RemovedAtUnixMs + 1 }));
    }

    [Fact]
    public void Attestation_OtherVersionMethodOrHash_NamesIt()
    {
        Assert.Equal("model_version", RemovalConflicts.Attestation(Attestation, Attestation with { ModelVersion = "v3" })!.Field);
        Assert.Equal("method", RemovalConflicts.Attestation(Attestation, Attestation with { Method = "retrained" })!.Field);
        Assert.Equal(new RemovalDifference("content_hash_hex", new string('a', 64), new string('b', 64)),
            RemovalConflicts.Attestation(Attestation, Attestation with { ContentHashHex = new string('b', 64) }));
    }

    [Fact]
    public void Withdrawal_SameTerms_IsARepeat()
    {
        Assert.Null(RemovalConflicts.Withdrawal(Withdrawal, Withdrawal with { }));
    }

    [Fact]
    public void Withdrawal_OtherNoteOrWithdrawer_NamesIt()
    {
        Assert.Equal(new RemovalDifference("note", "agreed", "changed my mind"), RemovalConflicts.Withdrawal(Withdrawal, Withdrawal with { Note = "changed my mind" }));
        Assert.Equal(new RemovalDifference("withdrawn_by", "creator c-1", "admin"),
            RemovalConflicts.Withdrawal(Withdrawal, Withdrawal with { WithdrawnBy = "", WithdrawnByRole = "admin" }));
    }
}
