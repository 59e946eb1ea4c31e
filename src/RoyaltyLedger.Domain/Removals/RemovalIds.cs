using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using RoyaltyLedger.Domain.Validation;

namespace RoyaltyLedger.Domain.Removals;

/// <summary>The ids the ledger gives the removal demands it opens itself.</summary>
public static class RemovalIds
{
    private const string Prefix = "refused:";

    /// <summary>
    /// The id of the <paramref name="number"/>-th demand for the pair (a later one opens only after the creator withdrew
    /// the one before and refused again). The first is "refused:&lt;work&gt;:&lt;model&gt;", a later one
    /// "refused:&lt;work&gt;:&lt;model&gt;:&lt;number&gt;", when that is a valid id and neither id holds a ':' (so that no
    /// two pairs or numbers read the same: the first has two ':', a later one three); otherwise "refused:" and 40
    /// hexadecimal characters of SHA-256 over "work\nmodel" (and "\nnumber" after the first), which has one ':' and so
    /// never equals a readable one. The same pair and number always give the same id.
    /// </summary>
    public static string RefusedUseDemand(string workId, string modelId, int number = 1)
    {
        ArgumentException.ThrowIfNullOrEmpty(workId);
        ArgumentException.ThrowIfNullOrEmpty(modelId);
        ArgumentOutOfRangeException.ThrowIfLessThan(number, 1);
        var suffix = number == 1 ? "" : ":" + number.ToString(CultureInfo.InvariantCulture);
        var readable = $"{Prefix}{workId}:{modelId}{suffix}";
        if (!workId.Contains(':', StringComparison.Ordinal) && !modelId.Contains(':', StringComparison.Ordinal) && EntityIds.IsValid(readable))
        {
            return readable;
        }

        var hashed = workId + "\n" + modelId + (number == 1 ? "" : "\n" + number.ToString(CultureInfo.InvariantCulture));
        return Prefix + Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(hashed)))[..40];
    }
}
