using System.Buffers.Binary;
using System.Security.Cryptography;
using System.Text;

namespace RoyaltyLedger.Domain.Ledger;

/// <summary>
/// The canonical form of the journal's rating effect, so that the live journal and a replay of the usage log into an
/// empty journal can be compared byte for byte although the projector groups uses into rounds by timing (rounds,
/// entry numbers and the split between usage and adjustment entries differ; what they post for each work, account
/// and currency may not). The encoding, hashed with SHA-256:
/// <list type="bullet">
/// <item>the ASCII domain tag <c>royaltyledger/rating-effect/v1</c> followed by a zero byte;</item>
/// <item>then for every (work, account, currency) whose net is not zero, sorted by work id, account and currency
/// (ordinal, UTF-16 code units): each of the three strings as its UTF-8 byte count (4 bytes, big-endian) and bytes,
/// then the net in nanos as a 16-byte big-endian two's-complement integer.</item>
/// </list>
/// Zero nets are left out: a use that posts nothing and a use posted then reversed by an adjustment have the same effect.
/// </summary>
public static class RatingEffectDigest
{
    public const string DomainTag = "royaltyledger/rating-effect/v1";

    /// <summary>The effects in canonical order without zero nets, summing duplicates of one key (so lines may be given as posted).</summary>
    public static List<RatingEffect> Canonical(IEnumerable<RatingEffect> effects)
    {
        ArgumentNullException.ThrowIfNull(effects);
        var sums = new Dictionary<(string, string, string), Int128>();
        foreach (var e in effects)
        {
            var key = (e.WorkId, e.Account, e.Currency);
            sums[key] = checked(sums.GetValueOrDefault(key) + e.AmountNanos);
        }

        return [.. sums.Where(s => s.Value != 0)
            .Select(s => new RatingEffect(s.Key.Item1, s.Key.Item2, s.Key.Item3, s.Value))
            .Order(Comparer<RatingEffect>.Create(Compare))];
    }

    /// <summary>The SHA-256 of the canonical encoding of already canonical effects, as 64 lower-case hex digits.</summary>
    public static string Hash(IReadOnlyList<RatingEffect> canonical)
    {
        ArgumentNullException.ThrowIfNull(canonical);
        using var sha = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        sha.AppendData(Encoding.ASCII.GetBytes(DomainTag));
        sha.AppendData([0]);
        Span<byte> number = stackalloc byte[16];
        foreach (var e in canonical)
        {
            AppendString(sha, e.WorkId);
            AppendString(sha, e.Account);
            AppendString(sha, e.Currency);
            BinaryPrimitives.WriteInt128BigEndian(number, e.AmountNanos);
            sha.AppendData(number);
        }

        return Convert.ToHexStringLower(sha.GetHashAndReset());
    }

    /// <summary>
    /// The first (work, account, currency) in canonical order whose nets differ, with both (0 where one side has none);
    /// null when the two are identical.
    /// </summary>
    public static (string WorkId, string Account, string Currency, Int128 Left, Int128 Right)? FirstDifference(
        IReadOnlyList<RatingEffect> left, IReadOnlyList<RatingEffect> right)
    {
        ArgumentNullException.ThrowIfNull(left);
        ArgumentNullException.ThrowIfNull(right);
        var (i, j) = (0, 0);
        while (i < left.Count || j < right.Count)
        {
            var order = i == left.Count ? 1 : j == right.Count ? -1 : Compare(left[i], right[j]);
            if (order < 0)
            {
                return (left[i].WorkId, left[i].Account, left[i].Currency, left[i].AmountNanos, 0);
            }

            if (order > 0)
            {
                return (right[j].WorkId, right[j].Account, right[j].Currency, 0, right[j].AmountNanos);
            }

            if (left[i].AmountNanos != right[j].AmountNanos)
            {
                return (left[i].WorkId, left[i].Account, left[i].Currency, left[i].AmountNanos, right[j].AmountNanos);
            }

            (i, j) = (i + 1, j + 1);
        }

        return null;
    }

    private static int Compare(RatingEffect a, RatingEffect b)
    {
        var order = string.CompareOrdinal(a.WorkId, b.WorkId);
        order = order != 0 ? order : string.CompareOrdinal(a.Account, b.Account);
        return order != 0 ? order : string.CompareOrdinal(a.Currency, b.Currency);
    }

    private static void AppendString(IncrementalHash sha, string value)
    {
        var bytes = Encoding.UTF8.GetBytes(value);
        Span<byte> length = stackalloc byte[4];
        BinaryPrimitives.WriteInt32BigEndian(length, bytes.Length);
        sha.AppendData(length);
        sha.AppendData(bytes);
    }
}
