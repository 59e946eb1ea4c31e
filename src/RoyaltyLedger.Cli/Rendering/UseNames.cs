using RoyaltyLedger.Contracts.Exports;
using RoyaltyLedger.Contracts.V1;

namespace RoyaltyLedger.Cli.Rendering;

internal static class UseNames
{
    public static readonly string[] All = ["training", "fine-tuning", "retrieval", "output", "style-imitation"];

    public static UseKind Parse(string name) => name switch
    {
        "training" => UseKind.Training,
        "fine-tuning" => UseKind.FineTuning,
        "retrieval" => UseKind.Retrieval,
        "output" => UseKind.Output,
        "style-imitation" => UseKind.StyleImitation,
        _ => throw new ArgumentException($"use '{name}' is not one of {string.Join(", ", All)}", nameof(name)),
    };

    public static string Of(UseKind use) => UseKindNames.Of(use);
}
