using System.CommandLine;
using System.Text.Json;
using System.Text.Json.Nodes;
using RoyaltyLedger.Cli.Errors;
using RoyaltyLedger.Domain.Log;
using RoyaltyLedger.Domain.StatementProofs;

namespace RoyaltyLedger.Cli.Commands;

/// <summary>
/// `royalty verify-statement FILE --key PUBKEY`: checks a statement with proofs offline, with no server
/// (docs/statement-proofs.md). Exit code 0 when every head, entry and line verifies, 2 when any fails (each failure
/// named on its own line), 1 when the file or key cannot be read.
/// </summary>
internal static class VerifyStatementCommand
{
    /// <summary>The exit code of a statement that does not verify, apart from 1 for a command that could not run.</summary>
    public const int Fails = 2;

    public static Command Create()
    {
        var file = new Argument<FileInfo>("file") { Description = "A statement with proofs as written by `royalty statement --with-proofs` or the statement page (JSON)" };
        var key = new Option<string>("--key")
        {
            Description = "The log's public key: 64 hex digits, or a file as written by `royalty log key --out` or served at /.well-known/royaltyledger/log-key",
            Required = true,
        };
        var command = new Command("verify-statement",
            "Verify a statement with proofs offline: head signatures, journal entry hashes, inclusion proofs and each line's amount. Exit code 0 when it holds, 2 when it does not")
        {
            file, key,
        };
        command.SetAction(async (parse, ct) =>
        {
            var json = parse.GetValue(GlobalOptions.Json);
            var publicKey = await ReadKeyAsync(parse.GetValue(key)!, ct);
            var path = parse.GetValue(file)!.FullName;
            StatementProofFile statement;
            try
            {
                await using var stream = File.OpenRead(path);
                statement = await Task.Run(() => StatementProofJson.Read(stream), ct);
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException or JsonException)
            {
                throw new CliFailure(CliError.InvalidInput, $"cannot read the statement {path}: {ErrorDescriber.OneLine(e.Message)}");
            }

            var report = StatementProofVerifier.Verify(statement, publicKey);
            await WriteAsync(parse.InvocationConfiguration, json, statement, publicKey, report);
            return report.Verified ? 0 : Fails;
        });
        return command;
    }

    private static async Task WriteAsync(InvocationConfiguration console, bool json, StatementProofFile statement, LogPublicKey key, StatementProofReport report)
    {
        var summary = $"{report.Lines} lines of {statement.PartyId}'s statement, {report.Entries} journal entries, {report.Heads} signed heads, key {key.KeyId}";
        if (json)
        {
            var node = new JsonObject
            {
                ["verified"] = report.Verified,
                ["party_id"] = statement.PartyId,
                ["lines"] = report.Lines,
                ["entries"] = report.Entries,
                ["heads"] = report.Heads,
                ["key_id"] = key.KeyId,
                ["failures"] = new JsonArray([.. report.Failures.Select(f => (JsonNode)f)]),
            };
            await (report.Verified ? console.Output : console.Error).WriteLineAsync(node.ToJsonString());
            return;
        }

        if (report.Verified)
        {
            await console.Output.WriteLineAsync($"statement verified: {summary}");
            return;
        }

        await console.Error.WriteLineAsync($"statement fails ({report.Failures.Count} failures): {summary}");
        foreach (var failure in report.Failures)
        {
            await console.Error.WriteLineAsync($"  {failure}");
        }
    }

    /// <summary>The key as 64 hex digits, or read from a key document (its public_key_hex or publicKeyHex).</summary>
    private static async Task<LogPublicKey> ReadKeyAsync(string value, CancellationToken cancellationToken)
    {
        if (LogPublicKey.TryParseHex(value.Trim()) is { } direct)
        {
            return direct;
        }

        if (!File.Exists(value))
        {
            throw new CliFailure(CliError.Usage, $"--key '{value}' is neither 64 hex digits (an Ed25519 public key) nor a key file");
        }

        try
        {
            var text = await File.ReadAllTextAsync(value, cancellationToken);
            var node = JsonNode.Parse(text);
            var hex = (string?)(node?["public_key_hex"] ?? node?["publicKeyHex"]);
            return LogPublicKey.TryParseHex(hex)
                ?? throw new CliFailure(CliError.InvalidInput, $"--key file {value} has no public_key_hex of 64 hex digits");
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or JsonException or InvalidOperationException)
        {
            throw new CliFailure(CliError.InvalidInput, $"cannot read the key file {value}: {ErrorDescriber.OneLine(e.Message)}");
        }
    }
}
