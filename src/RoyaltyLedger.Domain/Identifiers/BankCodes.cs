using System.Buffers;

namespace RoyaltyLedger.Domain.Identifiers;

/// <summary>What IBANs and BICs are made of once normalized: upper-case ASCII letters and digits.</summary>
internal static class BankCodes
{
    public static readonly SearchValues<char> Alphanumerics = SearchValues.Create("ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789");
}
