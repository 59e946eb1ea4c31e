namespace RoyaltyLedger.Domain.Ledger;

/// <summary>
/// The journal's hash chain: SHA-256 over a domain-separated canonical binary encoding of an entry and the hash of the
/// entry before it. The encoding, in order (integers big-endian, strings as a 32-bit byte length then UTF-8):
/// <code>
/// "royaltyledger.journal.v2" 0x00       25 bytes, so that no other use of SHA-256 in the system can collide with it
/// prev_hash                            32 bytes (32 zero bytes for entry 1)
/// entry_no                             int64
/// kind                                 string
/// recorded_at_unix_ms                  int64
/// reference                            string
/// line_count                           int32
/// per line, in line order: account string, work_id string, currency string, amount_nanos int128 (16 bytes, two's complement)
/// </code>
/// Version 2 widened amount_nanos from 8 to 16 bytes when amounts became Int128 (docs/money.md); v1 journals are not
/// read by this build. An entry any of whose lines has a month of use (<see cref="PostingLine.Period"/>) is hashed as
/// version 3 (docs/payouts.md): the prefix is "royaltyledger.journal.v3" 0x00 and each line is account, work_id,
/// currency, <b>period</b> (a string, "" on lines without one), amount_nanos. An entry whose lines all have period ""
/// (payouts, records, everything posted before periods existed) is hashed as version 2 exactly as before, so old
/// journals verify unchanged; blanking a v3 entry's periods changes its prefix, and so its hash.
/// An entry any of whose lines names the uses it prices (<see cref="PostingLine.Use"/>, docs/statement-proofs.md) is
/// hashed as version 4: the prefix is "royaltyledger.journal.v4" 0x00 and each line is account, work_id, currency,
/// period, <b>operator_id</b>, <b>model_id</b>, <b>use_kind</b> (int32), <b>status</b>, <b>unit_kind</b> (strings, ""
/// on lines without them), amount_nanos. Entries without them hash as version 2 or 3 exactly as before.
/// Every field has a fixed size or a length prefix, so two different entries never encode to the same bytes
/// (("ab", "c") and ("a", "bc") differ in their prefixes). Strings must be well-formed UTF-16: an unpaired surrogate
/// has no UTF-8 encoding and is refused rather than replaced.
/// </summary>
public static class JournalHash
{
    /// <summary>Bytes in a hash.</summary>
    public const int Size = 32;

    private static readonly byte[] GenesisBytes = new byte[Size];

    /// <summary>The prefix that separates the journal's hashes from any other SHA-256 in the system.</summary>
    public static ReadOnlySpan<byte> DomainPrefix => "royaltyledger.journal.v2\0"u8;

    /// <summary>The prefix of an entry with months of use on its lines (version 3).</summary>
    public static ReadOnlySpan<byte> DomainPrefixWithPeriods => "royaltyledger.journal.v3\0"u8;

    /// <summary>The prefix of an entry whose lines name the uses they price (version 4).</summary>
    public static ReadOnlySpan<byte> DomainPrefixWithUses => "royaltyledger.journal.v4\0"u8;

    /// <summary>The previous hash of entry 1: 32 zero bytes.</summary>
    public static ReadOnlySpan<byte> Genesis => GenesisBytes;

    /// <summary>The hash of one entry chained to <paramref name="prevHash"/>.</summary>
    public static byte[] Compute(
        ReadOnlySpan<byte> prevHash, long entryNo, string kind, long recordedAtUnixMs, string reference, IReadOnlyList<PostingLine> lines)
    {
        ArgumentNullException.ThrowIfNull(lines);
        using var hasher = new JournalHasher();
        hasher.Begin(prevHash, entryNo, kind, recordedAtUnixMs, reference, lines.Count, VersionOf(lines));
        for (var i = 0; i < lines.Count; i++)
        {
            hasher.AddLine(lines[i]);
        }

        return hasher.Finish();
    }

    /// <summary>Whether any line has a month of use, which makes the entry's hash version 3.</summary>
    public static bool HasPeriods(IReadOnlyList<PostingLine> lines)
    {
        ArgumentNullException.ThrowIfNull(lines);
        for (var i = 0; i < lines.Count; i++)
        {
            if (!string.IsNullOrEmpty(lines[i].Period))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Whether any line names the uses it prices, which makes the entry's hash version 4.</summary>
    public static bool HasUses(IReadOnlyList<PostingLine> lines)
    {
        ArgumentNullException.ThrowIfNull(lines);
        for (var i = 0; i < lines.Count; i++)
        {
            if (!lines[i].Use.IsNone)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>The encoding an entry of these lines is hashed with: 4 with uses, else 3 with periods, else 2.</summary>
    public static int VersionOf(IReadOnlyList<PostingLine> lines) => HasUses(lines) ? 4 : HasPeriods(lines) ? 3 : 2;

    /// <summary>A hash as lower-case hexadecimal, as the ledger shows it.</summary>
    public static string ToHex(ReadOnlySpan<byte> hash) => Convert.ToHexStringLower(hash);
}
