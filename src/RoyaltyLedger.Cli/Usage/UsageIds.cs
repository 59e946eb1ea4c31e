using System.Globalization;
using System.Security.Cryptography;
using System.Text;

namespace RoyaltyLedger.Cli.Usage;

/// <summary>
/// The names a file's rows are sent under, the same on every run over the same file so that a rerun resumes the same
/// stream and sends the same event ids, which the ledger counts once. A file is known by its name and a fingerprint
/// of its first two lines: a rerun, or the same file grown by appending, keeps both; next month's file under the
/// same name has other first rows, so it gets its own stream and ids instead of being taken for one already sent.
/// </summary>
internal sealed record UsageIds(string FileName, string Fingerprint)
{
    /// <summary>The namespace of the CLI's row ids; fixed forever, or reruns would no longer dedup.</summary>
    private static readonly Guid RowNamespace = new("5b0d2f6e-9c1a-4e57-8d3b-2f6a1c4e9b70");

    private const int MaxIdLength = 64;
    private const int FingerprintChars = 12;
    private const int MaxFingerprintBytes = 64 * 1024;

    public static UsageIds Of(string path) => new(Path.GetFileName(path), FingerprintOf(path));

    /// <summary>
    /// The default stream, <c>file-NAME-FINGERPRINT</c>: the file name with anything an id may not hold turned into
    /// '-', cut so that the whole stays within the 64 characters of an id.
    /// </summary>
    public string DefaultStream()
    {
        var name = new StringBuilder();
        foreach (var c in FileName)
        {
            name.Append(char.IsAsciiLetterOrDigit(c) || c is '.' or '_' or '-' ? c : '-');
        }

        var room = MaxIdLength - "file-".Length - 1 - Fingerprint.Length;
        return $"file-{(name.Length <= room ? name.ToString() : name.ToString(0, room))}-{Fingerprint}";
    }

    /// <summary>
    /// The id of a row that has none: a name-based UUIDv8 from SHA-256 (RFC 9562, appendix B.2) of the file's name,
    /// fingerprint and line, independent of the stream, so that resending the file on another stream dedups too.
    /// </summary>
    public string EventId(int line)
    {
        var text = Encoding.UTF8.GetBytes(string.Create(CultureInfo.InvariantCulture, $"{FileName}:{Fingerprint}:{line}"));
        var name = new byte[16 + text.Length];
        RowNamespace.TryWriteBytes(name, bigEndian: true, out _);
        text.CopyTo(name, 16);
        var hash = SHA256.HashData(name);
        hash[6] = (byte)((hash[6] & 0x0F) | 0x80);
        hash[8] = (byte)((hash[8] & 0x3F) | 0x80);
        return new Guid(hash.AsSpan(0, 16), bigEndian: true).ToString();
    }

    /// <summary>Hex of SHA-256 over the file's first two lines (at most 64 KiB).</summary>
    private static string FingerprintOf(string path)
    {
        using var file = File.OpenRead(path);
        var buffer = new byte[MaxFingerprintBytes];
        var length = file.ReadAtLeast(buffer, buffer.Length, throwOnEndOfStream: false);
        var firstBreak = Array.IndexOf(buffer, (byte)'\n', 0, length);
        var secondBreak = firstBreak < 0 ? -1 : Array.IndexOf(buffer, (byte)'\n', firstBreak + 1, length - firstBreak - 1);
        var end = secondBreak < 0 ? length : secondBreak + 1;
        return Convert.ToHexStringLower(SHA256.HashData(buffer.AsSpan(0, end)))[..FingerprintChars];
    }
}
