using System.Security.Cryptography;
using System.Text;
using RoyaltyLedger.Domain.Validation;

namespace RoyaltyLedger.Domain.Removals;

/// <summary>The ids the ledger gives the removal demands it opens itself.</summary>
public static class RemovalIds
{
    private const string Prefix = "refused:";

    /// <summary>
    /// "refused:&lt;work&gt;:&lt;model&gt;" when that is a valid id and neither id holds a ':' (so that no two pairs read
    /// the same); otherwise "refused:" and 40 hexadecimal characters of SHA-256 over "work\nmodel", which has one ':'
    /// and so never equals a readable one. The same pair always gives the same id.
    /// </summary>
    public static string RefusedUseDemand(string workId, string modelId)
    {
        ArgumentException.ThrowIfNullOrEmpty(workId);
        ArgumentException.ThrowIfNullOrEmpty(modelId);
        var readable = $"{Prefix}{workId}:{modelId}";
        if (!workId.Contains(':', StringComparison.Ordinal) && !modelId.Contains(':', StringComparison.Ordinal) && EntityIds.IsValid(readable))
        {
            return readable;
        }

        var hash = SHA256.HashData(Encoding.UTF8.GetBytes(workId + "\n" + modelId));
        return Prefix + Convert.ToHexStringLower(hash)[..40];
    }
}
