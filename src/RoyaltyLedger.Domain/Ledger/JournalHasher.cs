using System.Buffers;
using System.Buffers.Binary;
using System.Security.Cryptography;
using System.Text;

namespace RoyaltyLedger.Domain.Ledger;

/// <summary>
/// Computes <see cref="JournalHash"/> one line at a time, so that an entry read from a database can be hashed without
/// holding its lines: <see cref="Begin"/>, then <see cref="AddLine"/> once per line, then <see cref="Finish"/>. One
/// hasher can hash any number of entries in turn. The encoding is buffered and handed to SHA-256 in large pieces,
/// because an entry of many short lines would otherwise cost one hash call per field.
/// </summary>
public sealed class JournalHasher : IDisposable
{
    private const int BufferSize = 16 * 1024;

    private static readonly UTF8Encoding StrictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    private readonly IncrementalHash _sha = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
    private readonly byte[] _buffer = new byte[BufferSize];
    private int _used;
    private int _linesDeclared = -1;
    private int _linesAdded;
    private int _version;

    /// <summary>Starts an entry of <paramref name="lineCount"/> lines whose lines have no month of use (version 2).</summary>
    public void Begin(ReadOnlySpan<byte> prevHash, long entryNo, string kind, long recordedAtUnixMs, string reference, int lineCount) =>
        Begin(prevHash, entryNo, kind, recordedAtUnixMs, reference, lineCount, withPeriods: false);

    /// <summary>
    /// Starts an entry of <paramref name="lineCount"/> lines; <paramref name="withPeriods"/> when any line has a month of
    /// use (<see cref="JournalHash.HasPeriods"/>), which hashes the entry as version 3 with every line's period.
    /// </summary>
    public void Begin(ReadOnlySpan<byte> prevHash, long entryNo, string kind, long recordedAtUnixMs, string reference, int lineCount, bool withPeriods) =>
        Begin(prevHash, entryNo, kind, recordedAtUnixMs, reference, lineCount, withPeriods ? 3 : 2);

    /// <summary>
    /// Starts an entry of <paramref name="lineCount"/> lines hashed as <paramref name="version"/> (2, 3 or 4; see
    /// <see cref="JournalHash.VersionOf"/>).
    /// </summary>
    public void Begin(ReadOnlySpan<byte> prevHash, long entryNo, string kind, long recordedAtUnixMs, string reference, int lineCount, int version)
    {
        if (version is < 2 or > 4)
        {
            throw new ArgumentOutOfRangeException(nameof(version), version, "journal hash versions are 2, 3 and 4");
        }

        if (_linesDeclared >= 0)
        {
            throw new InvalidOperationException($"an entry of {_linesDeclared} lines was begun and not finished ({_linesAdded} lines added)");
        }

        if (prevHash.Length != JournalHash.Size)
        {
            throw new ArgumentException($"the previous hash is {prevHash.Length} bytes, expected {JournalHash.Size}", nameof(prevHash));
        }

        ArgumentNullException.ThrowIfNull(kind);
        ArgumentNullException.ThrowIfNull(reference);
        ArgumentOutOfRangeException.ThrowIfNegative(lineCount);
        try
        {
            WriteBytes(version switch { 4 => JournalHash.DomainPrefixWithUses, 3 => JournalHash.DomainPrefixWithPeriods, _ => JournalHash.DomainPrefix });
            WriteBytes(prevHash);
            WriteInt64(entryNo);
            WriteString(kind, "kind");
            WriteInt64(recordedAtUnixMs);
            WriteString(reference, "reference");
            WriteInt32(lineCount);
        }
        catch (ArgumentException)
        {
            Discard();
            throw;
        }

        _linesDeclared = lineCount;
        _linesAdded = 0;
        _version = version;
    }

    /// <summary>Adds the next line, in line order.</summary>
    public void AddLine(PostingLine line)
    {
        if (_linesAdded >= _linesDeclared)
        {
            throw new InvalidOperationException(_linesDeclared < 0
                ? "a line was added before an entry was begun"
                : $"line {_linesAdded + 1} was added to an entry begun with {_linesDeclared} lines");
        }

        try
        {
            WriteString(line.Account ?? throw new ArgumentException($"line {_linesAdded} has no account", nameof(line)), "account");
            WriteString(line.WorkId ?? throw new ArgumentException($"line {_linesAdded} has no work id", nameof(line)), "work id");
            WriteString(line.Currency ?? throw new ArgumentException($"line {_linesAdded} has no currency", nameof(line)), "currency");
            if (_version >= 3)
            {
                WriteString(line.Period ?? "", "period");
            }
            else if (!string.IsNullOrEmpty(line.Period))
            {
                throw new ArgumentException($"line {_linesAdded} has period '{line.Period}' in an entry begun without periods (version 2)", nameof(line));
            }

            if (_version == 4)
            {
                WriteUse(line.Use);
            }
            else if (!line.Use.IsNone)
            {
                throw new ArgumentException($"line {_linesAdded} names the uses it prices in an entry begun without them (version {_version})", nameof(line));
            }
        }
        catch (ArgumentException)
        {
            // The entry cannot be hashed; drop what was written so that the hasher can begin the next one.
            Discard();
            throw;
        }

        WriteInt128(line.AmountNanos);
        _linesAdded++;
    }

    /// <summary>The entry's hash, once every declared line was added; the hasher is then ready for the next entry.</summary>
    public byte[] Finish()
    {
        if (_linesDeclared < 0 || _linesAdded != _linesDeclared)
        {
            throw new InvalidOperationException(_linesDeclared < 0
                ? "no entry was begun"
                : $"the entry was begun with {_linesDeclared} lines and {_linesAdded} were added");
        }

        Flush();
        _linesDeclared = -1;
        return _sha.GetHashAndReset();
    }

    public void Dispose() => _sha.Dispose();

    private void Discard()
    {
        _used = 0;
        _sha.GetHashAndReset();
        _linesDeclared = -1;
    }

    private void WriteUse(LineUse use)
    {
        WriteString(use.OperatorId, "operator id");
        WriteString(use.ModelId, "model id");
        WriteInt32(use.UseKind);
        WriteString(use.Status, "status");
        WriteString(use.UnitKind, "unit kind");
    }

    private void WriteInt64(long value)
    {
        Reserve(sizeof(long));
        BinaryPrimitives.WriteInt64BigEndian(_buffer.AsSpan(_used), value);
        _used += sizeof(long);
    }

    /// <summary>An amount as 16 bytes, big-endian two's complement.</summary>
    private void WriteInt128(Int128 value)
    {
        const int size = 16;
        Reserve(size);
        BinaryPrimitives.WriteInt128BigEndian(_buffer.AsSpan(_used), value);
        _used += size;
    }

    private void WriteInt32(int value)
    {
        Reserve(sizeof(int));
        BinaryPrimitives.WriteInt32BigEndian(_buffer.AsSpan(_used), value);
        _used += sizeof(int);
    }

    private void WriteBytes(ReadOnlySpan<byte> bytes)
    {
        Reserve(bytes.Length);
        bytes.CopyTo(_buffer.AsSpan(_used));
        _used += bytes.Length;
    }

    private void WriteString(string value, string field)
    {
        try
        {
            var most = sizeof(int) + StrictUtf8.GetMaxByteCount(value.Length);
            if (most <= BufferSize)
            {
                Reserve(most);
                var written = StrictUtf8.GetBytes(value, _buffer.AsSpan(_used + sizeof(int)));
                WriteInt32(written);
                _used += written;
                return;
            }

            var rented = ArrayPool<byte>.Shared.Rent(StrictUtf8.GetMaxByteCount(value.Length));
            try
            {
                var length = StrictUtf8.GetBytes(value, rented);
                WriteInt32(length);
                Flush();
                _sha.AppendData(rented, 0, length);
            }
            finally
            {
                ArrayPool<byte>.Shared.Return(rented);
            }
        }
        catch (EncoderFallbackException ex)
        {
            throw new ArgumentException($"the {field} contains an unpaired surrogate at index {ex.Index}, which has no UTF-8 encoding", field, ex);
        }
    }

    private void Reserve(int bytes)
    {
        if (_used + bytes > BufferSize)
        {
            Flush();
        }
    }

    private void Flush()
    {
        _sha.AppendData(_buffer, 0, _used);
        _used = 0;
    }
}
