using RoyaltyLedger.Domain.Licensing;
using static RoyaltyLedger.Domain.Tests.Licensing.LicensingFacts;

namespace RoyaltyLedger.Domain.Tests.Licensing;

/// <summary>Which of a creator's consent records decides, seen through the check of a sole creator under a catalogue licence.</summary>
public class ConsentResolutionTests
{
    private static readonly Covered CoveredByCatalogue = new("L-cat", Tokens, null, false);

    private static LicenceDecision CheckSolo(params ConsentRecord[] consents) =>
        Check(Snapshot([CatalogueLicence("L-cat")], consents, Solo()), Use());

    [Fact]
    public void Resolve_NoRecord_IsNotGiven()
    {
        Assert.Equal(new Unlicensed("no consent from creator c-1 for training by operator op-1 under licence L-cat"), CheckSolo());
    }

    [Fact]
    public void Resolve_WorkGrantOverAllWorksRefusal_Grants()
    {
        Assert.Equal(CoveredByCatalogue, CheckSolo(Refuse("c-1"), Grant("c-1", Work)));
    }

    [Fact]
    public void Resolve_WorkRefusalOverAllWorksGrant_Refuses()
    {
        Assert.Equal(new Refused("c-1", "creator c-1 refused training by operator op-1 (recorded for work w-1 and any operator)"),
            CheckSolo(Grant("c-1", op: Operator), Refuse("c-1", Work)));
    }

    [Fact]
    public void Resolve_OperatorGrantOverAnyOperatorRefusal_Grants()
    {
        Assert.Equal(CoveredByCatalogue, CheckSolo(Refuse("c-1"), Grant("c-1", op: Operator)));
        Assert.Equal(CoveredByCatalogue, CheckSolo(Refuse("c-1", Work), Grant("c-1", Work, Operator)));
    }

    [Fact]
    public void Resolve_WorkScopeOutranksOperatorScope()
    {
        // A decision about this very work, for any operator, beats a decision about this operator for all works.
        Assert.IsType<Refused>(CheckSolo(Grant("c-1", op: Operator), Refuse("c-1", Work)));
        Assert.Equal(CoveredByCatalogue, CheckSolo(Refuse("c-1", op: Operator), Grant("c-1", Work)));
    }

    [Fact]
    public void Resolve_RefusalAndGrantEquallySpecific_RefusesWhateverTheOrder()
    {
        Assert.IsType<Refused>(CheckSolo(Grant("c-1", Work), Refuse("c-1", Work)));
        Assert.IsType<Refused>(CheckSolo(Refuse("c-1", Work), Grant("c-1", Work)));
    }

    [Fact]
    public void Resolve_NotGivenAndGrantEquallySpecific_IsNotGiven()
    {
        Assert.IsType<Unlicensed>(CheckSolo(Grant("c-1"), NotGiven("c-1")));
    }

    [Fact]
    public void Resolve_WorkNotGivenOverAllWorksGrant_IsNotGiven()
    {
        Assert.Equal(new Unlicensed("no consent from creator c-1 for training by operator op-1 under licence L-cat"),
            CheckSolo(Grant("c-1"), NotGiven("c-1", Work)));
    }
}
