using RoyaltyLedger.Domain.Licensing;
using RoyaltyLedger.Domain.Registry;
using static RoyaltyLedger.Domain.Tests.Licensing.LicensingFacts;

namespace RoyaltyLedger.Domain.Tests.Licensing;

/// <summary>Consents as they stood at a use's time: at, before and after each change, ties, and what reaches back.</summary>
public class ConsentHistoryTests
{
    private static readonly DateTimeOffset Granted = Day(2026, 3, 1);
    private static readonly DateTimeOffset Refused = Day(2026, 4, 1);
    private static readonly DateTimeOffset Regranted = Day(2026, 5, 1);

    private static RecordedConsent At(ConsentRecord record, DateTimeOffset at, long sequence) => new(record, at, sequence);

    private static ConsentHistory GrantRefuseRegrant() => ConsentHistory.Create(
        [At(Grant("c-1", Work), Granted, 1), At(Refuse("c-1", Work), Refused, 2), At(Grant("c-1", Work), Regranted, 3)]);

    private static ConsentState? StateAt(ConsentHistory history, DateTimeOffset at) => history.InForceAt(at).SingleOrDefault()?.State;

    [Fact]
    public void InForceAt_FirstDecisionIsAGrant_ReachesBackToTheBeginning()
    {
        var history = GrantRefuseRegrant();

        Assert.Equal(ConsentState.Granted, StateAt(history, Day(2020, 1, 1)));
        Assert.Equal(ConsentState.Granted, StateAt(history, EffectiveDating.Beginning));
    }

    [Fact]
    public void InForceAt_AtBeforeAndAfterARefusal_RefusalAppliesFromItsInstantOnly()
    {
        var history = GrantRefuseRegrant();

        Assert.Equal(ConsentState.Granted, StateAt(history, Refused.AddTicks(-1)));
        Assert.Equal(ConsentState.Refused, StateAt(history, Refused));
        Assert.Equal(ConsentState.Refused, StateAt(history, Regranted.AddTicks(-1)));
        Assert.Equal(ConsentState.Granted, StateAt(history, Regranted));
        Assert.Equal(ConsentState.Granted, StateAt(history, Day(2030, 1, 1)));
    }

    [Fact]
    public void InForceAt_FirstDecisionIsARefusal_DoesNotReachBack()
    {
        var history = ConsentHistory.Create([At(Refuse("c-1", Work), Refused, 1)]);

        Assert.Empty(history.InForceAt(Refused.AddMilliseconds(-1)));
        Assert.Equal(ConsentState.Refused, StateAt(history, Refused));
    }

    [Fact]
    public void InForceAt_TwoDecisionsAtTheSameInstant_TheHigherSequenceWinsWhateverTheInputOrder()
    {
        // The grant comes first and reaches back; the refusal and re-grant are recorded in the same millisecond.
        var first = At(Grant("c-1", Work), Granted, 1);
        var refusal = At(Refuse("c-1", Work), Refused, 7);
        var regrant = At(Grant("c-1", Work), Refused, 8);

        var ordered = ConsentHistory.Create([first, refusal, regrant]);
        var shuffled = ConsentHistory.Create([regrant, first, refusal]);

        Assert.Equal(ConsentState.Granted, StateAt(ordered, Refused));
        Assert.Equal(ConsentState.Granted, StateAt(shuffled, Refused));
        Assert.Equal(ConsentState.Granted, StateAt(ordered, Refused.AddTicks(-1)));
    }

    [Fact]
    public void InForce_ScopesAreIndependent_EachKeepsItsOwnLatestDecision()
    {
        var history = ConsentHistory.Create(
        [
            At(Grant("c-1", Work), Granted, 1),
            At(Grant("c-1", null, op: "op-1"), Granted, 2),
            At(Refuse("c-1", null, op: "op-1"), Refused, 3),
        ]);

        var at = history.InForceAt(Refused);

        Assert.Equal([(Work, (string?)null, ConsentState.Granted), ((string?)null, "op-1", ConsentState.Refused)],
            at.Select(c => (c.WorkId, c.OperatorId, c.State)));
    }

    [Fact]
    public void InForceAt_RefusalWithAnExplicitPastEffectiveFrom_ReachesBackToThatInstantOnly()
    {
        var reachingBack = new RecordedConsent(Refuse("c-1", Work), Regranted, 2, EffectiveFrom: Refused);
        var history = ConsentHistory.Create([At(Grant("c-1", Work), Granted, 1), reachingBack]);

        Assert.Equal(ConsentState.Granted, StateAt(history, Refused.AddTicks(-1)));
        Assert.Equal(ConsentState.Refused, StateAt(history, Refused));
    }

    [Fact]
    public void EpochAt_CountsDistinctInstantsAtOrBefore()
    {
        var history = GrantRefuseRegrant();

        // The grant reaches back to the beginning; the refusal and re-grant add one instant each.
        Assert.Equal(3, history.Changes);
        Assert.Equal(1, history.EpochAt(Day(2020, 1, 1)));
        Assert.Equal(1, history.EpochAt(Refused.AddTicks(-1)));
        Assert.Equal(2, history.EpochAt(Refused));
        Assert.Equal(3, history.EpochAt(Regranted));
        Assert.Equal(0, ConsentHistory.Empty.EpochAt(Regranted));
        Assert.Empty(ConsentHistory.Empty.InForce(0));
    }

    [Fact]
    public void Evaluate_SnapshotOfTheUsesEpoch_RefusalLaterLeavesAnEarlierUseCovered()
    {
        var history = GrantRefuseRegrant();
        var splits = Duo();
        var consents = new[] { Grant("c-2") };
        LicenceDecision DecisionAt(DateTimeOffset at) => Check(
            CompiledWork.Create(Work, 1, [], splits, [.. history.InForceAt(at), .. consents], [DirectLicence()]), Use(at: at));

        Assert.IsType<Covered>(DecisionAt(Refused.AddDays(-1)));
        Assert.IsType<Refused>(DecisionAt(Refused.AddDays(1)));
        Assert.IsType<Covered>(DecisionAt(Regranted.AddDays(1)));
    }
}
