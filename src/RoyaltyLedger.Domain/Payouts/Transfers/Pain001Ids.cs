using System.Security.Cryptography;
using System.Text;

namespace RoyaltyLedger.Domain.Payouts.Transfers;

/// <summary>
/// The identifiers a pain.001 file carries, derived from the cycle so that exporting it again gives the same ones
/// (docs/pain001.md). pain.001 identifiers are at most 35 characters; ours are "&lt;first&gt;/&lt;second&gt;" when that fits
/// and both parts use only letters, digits, '.', ':' and '-' (characters of the SEPA basic set), otherwise "RL" and
/// the first 16 bytes of SHA-256("royaltyledger.pain001.v1" 0x00 first 0x00 second) in lower-case hex (34 characters).
/// </summary>
public static class Pain001Ids
{
    public const int MaxLength = 35;

    /// <summary>The message id: the cycle and the execution date (a bank refuses a message id it has seen).</summary>
    public static string MessageId(string cycleId, DateOnly executionDate) =>
        Of(cycleId, executionDate.ToString("yyyyMMdd", System.Globalization.CultureInfo.InvariantCulture));

    /// <summary>The end-to-end id of one party's payment, which the bank passes on to the party.</summary>
    public static string EndToEndId(string cycleId, string partyId) => Of(cycleId, partyId);

    private static string Of(string first, string second)
    {
        var readable = $"{first}/{second}";
        if (readable.Length <= MaxLength && Plain(first) && Plain(second))
        {
            return readable;
        }

        var input = Encoding.UTF8.GetBytes($"royaltyledger.pain001.v1\0{first}\0{second}");
        return "RL" + Convert.ToHexStringLower(SHA256.HashData(input).AsSpan(0, 16));
    }

    private static bool Plain(string part) =>
        part.Length > 0 && part.All(c => char.IsAsciiLetterOrDigit(c) || c is '.' or ':' or '-');
}
