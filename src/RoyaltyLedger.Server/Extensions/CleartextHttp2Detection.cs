using System.Buffers;
using Microsoft.AspNetCore.Connections;
using Microsoft.AspNetCore.Server.Kestrel.Core.Features;
using Microsoft.AspNetCore.Http.Features;
using System.Security.Cryptography.X509Certificates;

namespace RoyaltyLedger.Server.Extensions;

/// <summary>
/// Lets one cleartext port serve gRPC (HTTP/2 with prior knowledge) and curl-able HTTP/1.1
/// endpoints such as /metrics. Kestrel picks HTTP/1.1 for a cleartext Http1AndHttp2 endpoint
/// because there is no ALPN to ask. This connection middleware reads the client's first bytes
/// without consuming them; when they are the HTTP/2 connection preface it presents the
/// connection as having negotiated "h2", which is what ALPN would have said over TLS.
/// </summary>
internal static class CleartextHttp2Detection
{
    private static readonly byte[] Preface = "PRI * HTTP/2.0\r\n\r\nSM\r\n\r\n"u8.ToArray();

    public static async Task DetectAsync(ConnectionContext connection, Func<Task> next)
    {
        if (await StartsWithPrefaceAsync(connection.Transport.Input, connection.ConnectionClosed))
        {
            connection.Features.Set<ITlsConnectionFeature>(NegotiatedH2.Instance);
            connection.Features.Set<ITlsApplicationProtocolFeature>(NegotiatedH2.Instance);
        }

        await next();
    }

    private static async Task<bool> StartsWithPrefaceAsync(System.IO.Pipelines.PipeReader input, CancellationToken cancellationToken)
    {
        while (true)
        {
            var result = await input.ReadAsync(cancellationToken);
            var buffer = result.Buffer;
            var length = (int)Math.Min(buffer.Length, Preface.Length);
            var matches = Preface.AsSpan(0, length).SequenceEqual(buffer.Slice(0, length).ToArray());
            var decided = !matches || length == Preface.Length || result.IsCompleted || result.IsCanceled;
            // Nothing is consumed: Kestrel's protocol handler reads these bytes again. Until the
            // answer is known, everything is marked examined so that the next read waits for more.
            input.AdvanceTo(buffer.Start, decided ? buffer.Start : buffer.End);
            if (decided)
            {
                return matches && length == Preface.Length;
            }
        }
    }

    /// <summary>Stands for the ALPN outcome; there is no certificate because there is no TLS.</summary>
    private sealed class NegotiatedH2 : ITlsConnectionFeature, ITlsApplicationProtocolFeature
    {
        public static readonly NegotiatedH2 Instance = new();

        public ReadOnlyMemory<byte> ApplicationProtocol => "h2"u8.ToArray();

        public X509Certificate2? ClientCertificate { get => null; set { } }

        public Task<X509Certificate2?> GetClientCertificateAsync(CancellationToken cancellationToken) => Task.FromResult<X509Certificate2?>(null);
    }
}
