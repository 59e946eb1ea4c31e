using Google.Protobuf;
using RoyaltyLedger.Cli.Errors;
using RoyaltyLedger.Contracts.Exports;
using RoyaltyLedger.Domain.Log;
using V1 = RoyaltyLedger.Contracts.V1;

namespace RoyaltyLedger.Cli.Log;

/// <summary>
/// The transparency log's files as the CLI reads and writes them: protobuf JSON of <c>LogKey</c>, <c>SignedTreeHead</c>
/// and <c>ConsistencyProof</c> (transparency_log.proto), hashes in lower-case hex (docs/transparency-log.md).
/// </summary>
internal static class LogFiles
{
    /// <summary>The key given to --key: 64 hex digits, or a file holding the log key document (`royalty log key --out`).</summary>
    public static async Task<LogPublicKey> ReadKeyAsync(string key, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(key);
        if (LogPublicKey.TryParseHex(key.Trim()) is { } parsed)
        {
            return parsed;
        }

        var document = await ParseAsync<V1.LogKey>(key, "log key", cancellationToken);
        if (!string.Equals(document.Algorithm, LogPublicKey.Algorithm, StringComparison.OrdinalIgnoreCase))
        {
            throw Invalid($"the log key {key} is for algorithm '{document.Algorithm}', expected {LogPublicKey.Algorithm}");
        }

        var publicKey = LogPublicKey.TryParseHex(document.PublicKeyHex)
            ?? throw Invalid($"the log key {key} has publicKeyHex '{document.PublicKeyHex}', expected 64 hex digits");
        return document.KeyId.Length == 0 || document.KeyId == publicKey.KeyId
            ? publicKey
            : throw Invalid($"the log key {key} names key id {document.KeyId}, but its public key's id is {publicKey.KeyId}");
    }

    public static async Task<SignedTreeHead> ReadHeadAsync(string path, CancellationToken cancellationToken) =>
        FromWire(await ParseAsync<V1.SignedTreeHead>(path, "tree head", cancellationToken), path);

    public static async Task<IReadOnlyList<byte[]>> ReadConsistencyPathAsync(string path, CancellationToken cancellationToken) =>
        PathFromWire((await ParseAsync<V1.ConsistencyProof>(path, "consistency proof", cancellationToken)).Path, path);

    /// <summary>A head from its wire form; a field that is not hex of its length fails naming the source and the field.</summary>
    public static SignedTreeHead FromWire(V1.SignedTreeHead head, string source)
    {
        ArgumentNullException.ThrowIfNull(head);
        return new SignedTreeHead(head.Partition, head.TreeSize, Hex(head.RootHex, 32, "rootHex", source), head.TimestampUnixMs, head.KeyId,
            Hex(head.SignatureHex, SignedTreeHead.SignatureSize, "signatureHex", source));
    }

    public static V1.SignedTreeHead ToWire(SignedTreeHead head)
    {
        ArgumentNullException.ThrowIfNull(head);
        return new V1.SignedTreeHead
        {
            Partition = head.Partition,
            TreeSize = head.TreeSize,
            RootHex = Convert.ToHexStringLower(head.Root),
            TimestampUnixMs = head.TimestampUnixMs,
            KeyId = head.KeyId,
            SignatureHex = Convert.ToHexStringLower(head.Signature),
        };
    }

    public static IReadOnlyList<byte[]> PathFromWire(IEnumerable<string> path, string source) =>
        [.. path.Select((h, i) => Hex(h, 32, $"path[{i}]", source))];

    /// <summary>Writes <paramref name="message"/> as indented protobuf JSON to <paramref name="outPath"/>, or to the output when null.</summary>
    public static async Task WriteAsync(IMessage message, string? outPath, TextWriter output, CancellationToken cancellationToken)
    {
        var text = WireJson.Format(message);
        if (outPath is null)
        {
            await output.WriteLineAsync(text);
            return;
        }

        try
        {
            await File.WriteAllTextAsync(outPath, text + "\n", cancellationToken);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw new CliFailure(CliError.InvalidInput, $"cannot write {outPath}: {ErrorDescriber.OneLine(e.Message)}");
        }
    }

    private static async Task<T> ParseAsync<T>(string path, string what, CancellationToken cancellationToken)
        where T : IMessage<T>, new()
    {
        try
        {
            return JsonParser.Default.Parse<T>(await File.ReadAllTextAsync(path, cancellationToken));
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or InvalidProtocolBufferException or InvalidJsonException or ArgumentException)
        {
            throw Invalid($"cannot read the {what} {path}: {ErrorDescriber.OneLine(e.Message)}");
        }
    }

    private static byte[] Hex(string text, int bytes, string field, string source) =>
        text.Length == bytes * 2 && text.All(char.IsAsciiHexDigit)
            ? Convert.FromHexString(text)
            : throw Invalid($"{source}: {field} '{(text.Length > 140 ? text[..140] + "…" : text)}' is not {bytes * 2} hex digits");

    private static CliFailure Invalid(string message) => new(CliError.InvalidInput, message);
}
