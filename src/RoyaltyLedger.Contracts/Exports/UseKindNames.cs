using RoyaltyLedger.Contracts.V1;

namespace RoyaltyLedger.Contracts.Exports;

/// <summary>Uses as exports name them: "training", "fine-tuning", "retrieval", "output", "style-imitation".</summary>
public static class UseKindNames
{
    public static string Of(UseKind use) => use switch
    {
        UseKind.Training => "training",
        UseKind.FineTuning => "fine-tuning",
        UseKind.Retrieval => "retrieval",
        UseKind.Output => "output",
        UseKind.StyleImitation => "style-imitation",
        _ => "unspecified",
    };
}
