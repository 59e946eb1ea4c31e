using RoyaltyLedger.Contracts.V1;

namespace RoyaltyLedger.Cli.Rendering;

internal static class UseNames
{
    public static string Of(UseKind use) => use switch
    {
        UseKind.Training => "training",
        UseKind.FineTuning => "fine-tuning",
        UseKind.Retrieval => "retrieval",
        UseKind.Output => "output",
        _ => "unspecified",
    };
}
