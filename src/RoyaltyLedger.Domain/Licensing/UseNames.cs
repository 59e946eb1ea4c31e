namespace RoyaltyLedger.Domain.Licensing;

/// <summary>Names of uses as they appear in licensing messages.</summary>
internal static class UseNames
{
    public const string Expected = "training, fine-tuning, retrieval, output or style imitation";

    /// <summary>One slot per enum value, so that per-use tables are indexed by the value itself.</summary>
    public const int Slots = (int)UseKind.StyleImitation + 1;

    public static bool IsLicensable(UseKind use) => use is >= UseKind.Training and <= UseKind.StyleImitation;

    public static string Of(UseKind use) => use switch
    {
        UseKind.Training => "training",
        UseKind.FineTuning => "fine-tuning",
        UseKind.Retrieval => "retrieval",
        UseKind.Output => "output",
        UseKind.StyleImitation => "style imitation",
        _ => $"use {(int)use}",
    };
}
