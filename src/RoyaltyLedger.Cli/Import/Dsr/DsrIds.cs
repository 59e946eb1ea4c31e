using System.Buffers;
using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using RoyaltyLedger.Domain.Validation;

namespace RoyaltyLedger.Cli.Import.Dsr;

/// <summary>
/// The names a DSR file is sent under, the same on every import of the same file. An event id is
/// <c>dsr:KEY:LINE</c> (the line zero-padded to 9 digits, so that one file's ids sort in line order), KEY being the
/// message's identity: <c>SENDER.MESSAGEID</c> (with <c>.fN</c> for file N of a message of several files), as the
/// standard makes the sender's MessageId unique forever; a key that would not fit an id (64 letters, digits or
/// . _ : -) is <c>h</c> and 24 hex digits of its SHA-256; a HEAD without a MessageId is keyed by the file's content,
/// <c>sha256-</c> and 24 hex digits. The stream is <c>dsr-</c> and 16 hex digits of the file's SHA-256: another
/// file (even a corrected one under the same MessageId) is another stream, and its lines that reuse an id count as
/// duplicates.
/// </summary>
internal sealed record DsrIds(string Key, string Stream)
{
    private const int MaxKeyLength = EntityIds.MaxLength - 14;

    private static readonly SearchValues<char> Allowed =
        SearchValues.Create("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789._-");

    public static DsrIds Of(DsrHeader header, byte[] fileSha256)
    {
        ArgumentNullException.ThrowIfNull(header);
        var fileHex = Convert.ToHexStringLower(fileSha256);
        var stream = $"dsr-{fileHex[..16]}";
        if (header.MessageId.Length == 0)
        {
            return new DsrIds($"sha256-{fileHex[..24]}", stream);
        }

        var file = header.NumberOfFiles > 1 ? string.Create(CultureInfo.InvariantCulture, $".f{header.FileNumber}") : "";
        var key = $"{header.SenderPartyId}.{header.MessageId}{file}";
        var readable = key.Length <= MaxKeyLength && char.IsAsciiLetterOrDigit(key[0]) && !key.AsSpan().ContainsAnyExcept(Allowed);
        return new DsrIds(readable ? key : $"h{Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(key)))[..24]}", stream);
    }

    public string EventId(int line) => string.Create(CultureInfo.InvariantCulture, $"dsr:{Key}:{line:D9}");

    /// <summary>SHA-256 of the whole file, read once before sending (bounded memory, about 1 GB/s).</summary>
    public static byte[] HashFile(string path)
    {
        using var file = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, 1 << 16, FileOptions.SequentialScan);
        return SHA256.HashData(file);
    }
}
