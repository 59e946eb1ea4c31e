using System.Buffers.Binary;

namespace RoyaltyLedger.Server.Tests.UsageClient;

/// <summary>
/// Passes a gRPC response body through until a number of whole messages (5-byte header, then the message) have
/// gone by; then waits for the server to send more and fails the read, as a broken connection does.
/// </summary>
internal sealed class CuttingStream(Stream inner, int messages, TaskCompletionSource cut) : Stream
{
    private readonly byte[] _header = new byte[5];
    private int _headerRead;
    private int _bodyLeft = -1;
    private int _passed;

    public override bool CanRead => true;

    public override bool CanSeek => false;

    public override bool CanWrite => false;

    public override long Length => throw new NotSupportedException();

    public override long Position { get => throw new NotSupportedException(); set => throw new NotSupportedException(); }

    public override async ValueTask<int> ReadAsync(Memory<byte> buffer, CancellationToken cancellationToken = default)
    {
        if (_passed >= messages)
        {
            // Wait for the server's next message, so that what it acknowledges is durable and its ack is lost.
            _ = await inner.ReadAsync(buffer, cancellationToken);
            cut.TrySetResult();
            throw new IOException($"the test cut the connection after {messages} messages");
        }

        var read = await inner.ReadAsync(buffer, cancellationToken);
        return Pass(buffer.Span[..read]);
    }

    public override Task<int> ReadAsync(byte[] buffer, int offset, int count, CancellationToken cancellationToken) =>
        ReadAsync(buffer.AsMemory(offset, count), cancellationToken).AsTask();

    public override int Read(byte[] buffer, int offset, int count) => ReadAsync(buffer, offset, count, CancellationToken.None).GetAwaiter().GetResult();

    public override void Flush()
    {
    }

    public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

    public override void SetLength(long value) => throw new NotSupportedException();

    public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();

    protected override void Dispose(bool disposing)
    {
        if (disposing)
        {
            inner.Dispose();
        }

        base.Dispose(disposing);
    }

    /// <summary>Counts whole messages in the bytes read; returns how many of them the client may see.</summary>
    private int Pass(ReadOnlySpan<byte> bytes)
    {
        var i = 0;
        while (i < bytes.Length)
        {
            if (_bodyLeft < 0)
            {
                _header[_headerRead++] = bytes[i++];
                if (_headerRead == _header.Length)
                {
                    _bodyLeft = BinaryPrimitives.ReadInt32BigEndian(_header.AsSpan(1));
                    _headerRead = 0;
                }
            }
            else
            {
                var take = Math.Min(_bodyLeft, bytes.Length - i);
                i += take;
                _bodyLeft -= take;
            }

            if (_bodyLeft == 0)
            {
                _bodyLeft = -1;
                if (++_passed == messages)
                {
                    return i;
                }
            }
        }

        return i;
    }
}
