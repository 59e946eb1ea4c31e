namespace RoyaltyLedger.Domain.Tests;

public class UseKindSpellingTests
{
    [Theory]
    [InlineData(UseKind.Training, "training")]
    [InlineData(UseKind.FineTuning, "fine-tuning")]
    [InlineData(UseKind.Retrieval, "retrieval")]
    [InlineData(UseKind.Output, "output")]
    [InlineData(UseKind.StyleImitation, "style-imitation")]
    public void Of_EveryUse_KebabCaseAndReadBack(UseKind use, string spelled)
    {
        Assert.Equal(spelled, UseKindSpelling.Of(use));
        Assert.True(UseKindSpelling.TryParse(spelled, out var read), spelled);
        Assert.Equal(use, read);
    }

    [Fact]
    public void All_EveryUseInEnumOrder_OneSpellingEach()
    {
        UseKind[] uses = [.. Enum.GetValues<UseKind>().Where(u => u != UseKind.Unspecified)];
        Assert.Equal(uses.Select(UseKindSpelling.Of), UseKindSpelling.All);
        Assert.Equal("training, fine-tuning, retrieval, output or style-imitation", UseKindSpelling.Expected);
    }

    [Theory]
    [InlineData("fine_tuning", UseKind.FineTuning)]
    [InlineData("style_imitation", UseKind.StyleImitation)]
    public void TryParse_OlderSnakeCase_ReadAsTheSameUse(string text, UseKind use)
    {
        Assert.True(UseKindSpelling.TryParse(text, out var read), text);
        Assert.Equal(use, read);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("unspecified")]
    [InlineData("Fine-Tuning")]
    [InlineData("fine tuning")]
    [InlineData("USE_KIND_FINE_TUNING")]
    [InlineData("FineTuning")]
    public void TryParse_AnyOtherText_Refused(string? text)
    {
        Assert.False(UseKindSpelling.TryParse(text, out var read), text);
        Assert.Equal(UseKind.Unspecified, read);
    }

    [Theory]
    [InlineData(UseKind.Unspecified)]
    [InlineData((UseKind)6)]
    public void Of_NoUse_Unspecified(UseKind use) => Assert.Equal("unspecified", UseKindSpelling.Of(use));
}
