using RoyaltyLedger.Domain.Removals;

namespace RoyaltyLedger.Domain.Tests.Removals;

public class RefusedUseDemandRulesTests
{
    /// <summary>2026-11-10T00:00:00Z.</summary>
    private const long FirstAt = 1_794_268_800_000;

    [Fact]
    public void Next_NoDemandYet_IsTheFirstAndSaysWhy()
    {
        var demand = RefusedUseDemandRules.Next("w-1", "op-1", "m-1", FirstAt, 0);

        Assert.Equal("refused:w-1:m-1", demand.RequestId);
        Assert.Equal("a creator of work w-1 refused its use for training or fine-tuning, and operator op-1 reported such a use by model m-1 " +
            "(the first at 2026-11-10T00:00:00Z)", demand.Reason);
    }

    [Fact]
    public void Next_AfterAWithdrawnDemand_GetsTheNextNumberAndNamesTheOneWithdrawn()
    {
        var demand = RefusedUseDemandRules.Next("w-1", "op-1", "m-1", FirstAt, 1);

        Assert.Equal("refused:w-1:m-1:2", demand.RequestId);
        Assert.Contains(" again after demand refused:w-1:m-1 was withdrawn, ", demand.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void Next_AfterTwo_IsTheThirdAfterTheSecond()
    {
        var demand = RefusedUseDemandRules.Next("w-1", "op-1", "m-1", FirstAt, 2);

        Assert.Equal("refused:w-1:m-1:3", demand.RequestId);
        Assert.Contains("after demand refused:w-1:m-1:2 was withdrawn", demand.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void Next_NegativeCount_Throws()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => RefusedUseDemandRules.Next("w-1", "op-1", "m-1", FirstAt, -1));
    }

    [Fact]
    public void Next_CountAtIntMax_ThrowsOverflowRatherThanWrapping()
    {
        Assert.Throws<OverflowException>(() => RefusedUseDemandRules.Next("w-1", "op-1", "m-1", FirstAt, int.MaxValue));
    }
}
