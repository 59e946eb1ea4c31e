using RoyaltyLedger.Cli;
using RoyaltyLedger.Cli.Commands;
using RoyaltyLedger.Cli.Rendering;
using RoyaltyLedger.Cli.Usage;
using RoyaltyLedger.Contracts.Exports;
using RoyaltyLedger.Contracts.V1;

namespace RoyaltyLedger.Server.Tests;

/// <summary>Uses are spelled one way wherever a user sees them (fine-tuning); the older fine_tuning is still read where users typed it.</summary>
public class UseSpellingCliTests
{
    [Theory]
    [InlineData("fine-tuning")]
    [InlineData("fine_tuning")]
    public void UsageColumnsApply_FineTuningEitherSpelling_ReadsFineTuning(string text)
    {
        var e = new UsageEvent();

        Assert.Null(UsageColumns.Apply(e, "use", text));
        Assert.Equal(UseKind.FineTuning, e.Use);
    }

    [Theory]
    [InlineData("style-imitation")]
    [InlineData("USE_KIND_FINE_TUNING")]
    [InlineData("finetuning")]
    public void UsageColumnsApply_NotACountedUse_RefusedListingKebabSpellingsOnly(string text)
    {
        var e = new UsageEvent();

        Assert.Equal($"use '{text}' is not one of training, fine-tuning, retrieval, output", UsageColumns.Apply(e, "use", text));
        Assert.Equal(UseKind.Unspecified, e.Use);
    }

    [Theory]
    [InlineData("training", UseKind.Training)]
    [InlineData("fine-tuning", UseKind.FineTuning)]
    [InlineData("fine_tuning", UseKind.FineTuning)]
    [InlineData("retrieval", null)]
    [InlineData("", null)]
    public void ManifestUse_OldAndNewSpellings_TrainingOrFineTuningOnly(string text, UseKind? use) =>
        Assert.Equal(use, ManifestCommands.ManifestUse(text));

    [Fact]
    public async Task ManifestsSubmitHelp_UseOption_ShowsOnlyTheKebabSpelling()
    {
        var (exit, output, _) = await RunAsync("manifests", "submit", "--help");

        Assert.Equal(0, exit);
        Assert.Contains("training or fine-tuning", output, StringComparison.Ordinal);
        Assert.DoesNotContain("fine_tuning", output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ManifestsSubmit_UnknownUse_UsageErrorNamingTheValueAndTheKebabSpellings()
    {
        var (exit, output, error) = await RunAsync(
            "manifests", "submit", "missing.csv", "--manifest-id", "m-1", "--model", "model-1", "--trained-at", "2026-11-01T00:00:00Z", "--use", "retrieval");

        Assert.NotEqual(0, exit);
        Assert.Contains("--use 'retrieval' is not one of training, fine-tuning", output + error, StringComparison.Ordinal);
        Assert.DoesNotContain("fine_tuning", output + error, StringComparison.Ordinal);
    }

    [Fact]
    public void UseNamesOf_EveryWireUse_KebabCase()
    {
        Assert.Equal(["training", "fine-tuning", "retrieval", "output", "style-imitation"],
            new[] { UseKind.Training, UseKind.FineTuning, UseKind.Retrieval, UseKind.Output, UseKind.StyleImitation }.Select(UseNames.Of));
        Assert.Equal(UseKind.FineTuning, UseNames.Parse("fine_tuning"));
    }

    [Fact]
    public void WireJsonFormat_LicenceUses_SpelledKebabAndParsedBackToTheSameMessage()
    {
        var licence = new Licence { LicenceId = "l-1", Uses = { UseKind.Training, UseKind.FineTuning, UseKind.StyleImitation } };

        var json = WireJson.Format(licence);

        Assert.Contains("\"fine-tuning\"", json, StringComparison.Ordinal);
        Assert.Contains("\"style-imitation\"", json, StringComparison.Ordinal);
        Assert.DoesNotContain("USE_KIND_", json, StringComparison.Ordinal);
        Assert.Equal(licence, WireJson.Parse<Licence>(json));
    }

    [Fact]
    public void WireJsonFormat_TextFieldSpelledLikeAUse_LeftAsWritten()
    {
        var licence = new Licence { LicenceId = "fine-tuning", Uses = { UseKind.Training } };

        Assert.Equal(licence, WireJson.Parse<Licence>(WireJson.Format(licence)));
    }

    private static async Task<(int Exit, string Output, string Error)> RunAsync(params string[] args)
    {
        using var output = new StringWriter();
        using var error = new StringWriter();
        var exit = await RoyaltyCli.RunAsync([.. args, "--server", "http://127.0.0.1:1", "--api-key", "unused"], output, error);
        return (exit, output.ToString(), error.ToString());
    }
}
