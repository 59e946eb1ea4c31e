using Google.Protobuf;
using RoyaltyLedger.Application.Log;
using RoyaltyLedger.Server.Grpc;

namespace RoyaltyLedger.Server.Log;

/// <summary>
/// The log's public key at <see cref="Path"/>, without authentication, so that anyone can verify signed heads: the
/// protobuf JSON of <c>LogKey</c> (algorithm, keyId, publicKeyHex), the document <c>royalty log key</c> prints.
/// </summary>
public static class LogKeyEndpoint
{
    public const string Path = "/.well-known/royaltyledger/log-key";

    public static IEndpointRouteBuilder MapLogKey(this IEndpointRouteBuilder app)
    {
        app.MapGet(Path, async (ReadTreeHeads heads, CancellationToken ct) =>
            Results.Text(JsonFormatter.Default.Format((await heads.GetKeyAsync(ct)).ToWire()), "application/json"));
        return app;
    }
}
