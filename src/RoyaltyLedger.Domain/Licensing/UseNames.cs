namespace RoyaltyLedger.Domain.Licensing;

/// <summary>Names of uses as they appear in licensing messages: <see cref="UseKindSpelling"/>, and a number for anything else.</summary>
internal static class UseNames
{
    public const string Expected = UseKindSpelling.Expected;

    /// <summary>One slot per enum value, so that per-use tables are indexed by the value itself.</summary>
    public const int Slots = (int)UseKind.StyleImitation + 1;

    public static bool IsLicensable(UseKind use) => use is >= UseKind.Training and <= UseKind.StyleImitation;

    public static string Of(UseKind use) => IsLicensable(use) ? UseKindSpelling.Of(use) : $"use {(int)use}";
}
