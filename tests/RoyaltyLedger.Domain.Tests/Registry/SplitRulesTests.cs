using RoyaltyLedger.Domain.Registry;

namespace RoyaltyLedger.Domain.Tests.Registry;

public class SplitRulesTests
{
    [Fact]
    public void Validate_SharesSumTo10000_HasNoViolations()
    {
        var violations = SplitRules.Validate("W-1", [new("a", "composer", 6_000), new("b", "lyricist", 4_000)]);
        Assert.Empty(violations);
    }

    [Fact]
    public void Validate_SharesSumTo9900_NamesWorkAndSum()
    {
        var violations = SplitRules.Validate("W-1", [new("a", "composer", 5_900), new("b", "lyricist", 4_000)]);
        var violation = Assert.Single(violations);
        Assert.Equal("contributors", violation.Field);
        Assert.Equal("work W-1 splits sum to 9,900 basis points, expected 10,000", violation.Description);
    }

    [Fact]
    public void Validate_SameCreatorTwice_NamesCreator()
    {
        var violations = SplitRules.Validate("W-1", [new("a", "composer", 5_000), new("a", "lyricist", 5_000)]);
        var violation = Assert.Single(violations);
        Assert.Equal("contributors[1].creator_id", violation.Field);
        Assert.Contains("creator a is listed more than once on work W-1", violation.Description, StringComparison.Ordinal);
    }

    [Fact]
    public void Validate_ZeroShare_NamesFieldAndValue()
    {
        var violations = SplitRules.Validate("W-1", [new("a", "composer", 10_000), new("b", "lyricist", 0)]);
        var violation = Assert.Single(violations);
        Assert.Equal("contributors[1].share_bps", violation.Field);
        Assert.Equal("contributors[1].share_bps is 0, expected 1 to 10,000", violation.Description);
    }

    [Fact]
    public void Validate_NoContributors_IsRefused()
    {
        var violation = Assert.Single(SplitRules.Validate("W-1", []));
        Assert.Equal("work W-1 needs at least one contributor", violation.Description);
    }

    [Fact]
    public void Validate_MoreThanLimit_IsRefused()
    {
        var many = Enumerable.Range(0, SplitRules.MaxContributors + 1).Select(i => new Contributor($"c{i}", "author", 1)).ToList();
        var violation = Assert.Single(SplitRules.Validate("W-1", many));
        Assert.Equal($"work W-1 lists {SplitRules.MaxContributors + 1} contributors, at most {SplitRules.MaxContributors} are allowed", violation.Description);
    }

    [Fact]
    public void Validate_ExactlyLimit_IsAccepted()
    {
        var many = Enumerable.Range(0, SplitRules.MaxContributors).Select(i => new Contributor($"c{i}", "author", 100)).ToList();
        Assert.Empty(SplitRules.Validate("W-1", many));
    }
}
