using RoyaltyLedger.Domain.Removals;

namespace RoyaltyLedger.Domain.Tests.Removals;

public class RemovalTransitionsTests
{
    [Fact]
    public void Decide_RequestOfANewId_Applies()
    {
        Assert.Equal(RemovalVerdict.Apply, RemovalTransitions.Decide(RemovalStep.Request, null));
    }

    [Theory]
    [InlineData(RemovalStates.Open)]
    [InlineData(RemovalStates.Attested)]
    [InlineData(RemovalStates.Withdrawn)]
    public void Decide_RequestOfAnIdStored_ComparesWhateverItsState(string stored)
    {
        Assert.Equal(RemovalVerdict.Compare, RemovalTransitions.Decide(RemovalStep.Request, stored));
    }

    [Theory]
    [InlineData(RemovalStep.Attest)]
    [InlineData(RemovalStep.Withdraw)]
    public void Decide_AttestOrWithdrawOfNoRequest_IsNotFound(RemovalStep step)
    {
        Assert.Equal(RemovalVerdict.NotFound, RemovalTransitions.Decide(step, null));
    }

    [Theory]
    [InlineData(RemovalStep.Attest)]
    [InlineData(RemovalStep.Withdraw)]
    public void Decide_AttestOrWithdrawOfAnOpenRequest_Applies(RemovalStep step)
    {
        Assert.Equal(RemovalVerdict.Apply, RemovalTransitions.Decide(step, RemovalStates.Open));
    }

    [Fact]
    public void Decide_AttestOfAnAttestedRequest_Compares()
    {
        Assert.Equal(RemovalVerdict.Compare, RemovalTransitions.Decide(RemovalStep.Attest, RemovalStates.Attested));
    }

    [Fact]
    public void Decide_WithdrawOfAWithdrawnRequest_Compares()
    {
        Assert.Equal(RemovalVerdict.Compare, RemovalTransitions.Decide(RemovalStep.Withdraw, RemovalStates.Withdrawn));
    }

    [Fact]
    public void Decide_AttestOfAWithdrawnRequest_IsRefusedAsNotOpen()
    {
        Assert.Equal(RemovalVerdict.NotOpen, RemovalTransitions.Decide(RemovalStep.Attest, RemovalStates.Withdrawn));
    }

    [Fact]
    public void Decide_WithdrawOfAnAttestedRequest_IsRefusedAsNotOpen()
    {
        // The removal is done and its evidence stays.
        Assert.Equal(RemovalVerdict.NotOpen, RemovalTransitions.Decide(RemovalStep.Withdraw, RemovalStates.Attested));
    }

    [Fact]
    public void Decide_StepOutOfRange_Throws()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => RemovalTransitions.Decide((RemovalStep)7, RemovalStates.Open));
    }

    [Theory]
    [InlineData(RemovalStep.Request, RemovalStates.Open)]
    [InlineData(RemovalStep.Attest, RemovalStates.Attested)]
    [InlineData(RemovalStep.Withdraw, RemovalStates.Withdrawn)]
    public void Target_EachStep_IsTheStateItLeaves(RemovalStep step, string state)
    {
        Assert.Equal(state, RemovalTransitions.Target(step));
    }

    [Theory]
    [InlineData(RemovalStates.Open, false, false)]
    [InlineData(RemovalStates.Attested, true, false)]
    [InlineData(RemovalStates.Withdrawn, false, true)]
    public void Inconsistency_StateAgreesWithItsRows_IsNull(string stored, bool attestation, bool withdrawal)
    {
        Assert.Null(RemovalTransitions.Inconsistency("r-1", stored, attestation, withdrawal));
    }

    [Theory]
    [InlineData(RemovalStates.Attested, false, false, "removal request r-1 is attested, and has no attestation and no withdrawal")]
    [InlineData(RemovalStates.Open, true, false, "removal request r-1 is open, and has an attestation and no withdrawal")]
    [InlineData(RemovalStates.Open, false, true, "removal request r-1 is open, and has no attestation and a withdrawal")]
    [InlineData(RemovalStates.Withdrawn, true, true, "removal request r-1 is withdrawn, and has an attestation and a withdrawal")]
    public void Inconsistency_StateDisagreesWithItsRows_NamesTheRequestAndWhatItHas(string stored, bool attestation, bool withdrawal, string expected)
    {
        Assert.Equal(expected, RemovalTransitions.Inconsistency("r-1", stored, attestation, withdrawal));
    }
}
