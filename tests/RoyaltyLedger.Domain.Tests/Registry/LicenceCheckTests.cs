using RoyaltyLedger.Domain.Registry;

namespace RoyaltyLedger.Domain.Tests.Registry;

public class LicenceCheckTests
{
    private static readonly Tariff Tokens = new("EUR", 2_000_000, 1_000_000, "tokens");

    [Fact]
    public void Find_LicenceForOperatorAndUse_ReturnsIt()
    {
        var licence = new LicenceTerms("L-1", "op-a", [UseKind.Training], Tokens);
        Assert.Same(licence, LicenceCheck.Find([licence], "op-a", UseKind.Training));
    }

    [Fact]
    public void Find_OtherOperator_ReturnsNull()
    {
        Assert.Null(LicenceCheck.Find([new LicenceTerms("L-1", "op-a", [], Tokens)], "op-b", UseKind.Training));
    }

    [Fact]
    public void Find_UseNotListed_ReturnsNull()
    {
        Assert.Null(LicenceCheck.Find([new LicenceTerms("L-1", "op-a", [UseKind.Retrieval], Tokens)], "op-a", UseKind.Training));
    }

    [Fact]
    public void Find_NoUsesListed_CoversEveryUse()
    {
        var licence = new LicenceTerms("L-1", "op-a", [], Tokens);
        Assert.All(new[] { UseKind.Training, UseKind.FineTuning, UseKind.Retrieval, UseKind.Output },
            use => Assert.Same(licence, LicenceCheck.Find([licence], "op-a", use)));
    }

    [Fact]
    public void Find_TwoCoveringLicences_ReturnsLowestIdWhateverTheOrder()
    {
        var b = new LicenceTerms("L-b", "op-a", [], Tokens);
        var a = new LicenceTerms("L-a", "op-a", [], Tokens with { PriceMicros = 1 });
        Assert.Same(a, LicenceCheck.Find([b, a], "op-a", UseKind.Output));
        Assert.Same(a, LicenceCheck.Find([a, b], "op-a", UseKind.Output));
    }
}
