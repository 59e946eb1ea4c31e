using RoyaltyLedger.Domain.Validation;

namespace RoyaltyLedger.Domain.Tests.Validation;

public class EntityIdsTests
{
    [Theory]
    [InlineData("ada-okafor")]
    [InlineData("W.1:2_3")]
    [InlineData("a")]
    public void IsValid_WellFormed_IsTrue(string id) => Assert.True(EntityIds.IsValid(id));

    [Theory]
    [InlineData("")]
    [InlineData("-leading-dash")]
    [InlineData("has space")]
    [InlineData("slash/inside")]
    [InlineData("ünïcode")]
    public void IsValid_Malformed_IsFalse(string id) => Assert.False(EntityIds.IsValid(id));

    [Fact]
    public void IsValid_LengthLimit_AcceptsMaxAndRefusesOneMore()
    {
        Assert.True(EntityIds.IsValid(new string('a', EntityIds.MaxLength)));
        Assert.False(EntityIds.IsValid(new string('a', EntityIds.MaxLength + 1)));
    }

    [Fact]
    public void Check_Malformed_NamesFieldAndValue()
    {
        var violation = EntityIds.Check("work_id", "a b");
        Assert.Equal("work_id", violation?.Field);
        Assert.StartsWith("work_id 'a b' must be 1 to 64", violation?.Description, StringComparison.Ordinal);
    }
}
