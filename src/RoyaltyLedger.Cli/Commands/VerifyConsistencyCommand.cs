using System.CommandLine;
using System.Text.Json.Nodes;
using RoyaltyLedger.Cli.Errors;
using RoyaltyLedger.Cli.Log;
using RoyaltyLedger.Contracts.V1;

namespace RoyaltyLedger.Cli.Commands;

/// <summary>
/// `royalty verify-consistency OLD NEW --key PUBKEY [--proof FILE]`: checks that the newer signed head extends the
/// older one, so nothing the older covered was changed. The proof is fetched from --server unless given. Exit 0
/// consistent, 2 inconsistent (a fork, or a head the key did not sign), 1 a usage error or a file that cannot be read.
/// </summary>
internal static class VerifyConsistencyCommand
{
    public const int Fork = 2;

    public static Command Create()
    {
        var older = new Argument<FileInfo>("old") { Description = "The older signed tree head (JSON, as `royalty log head` writes it)" };
        var newer = new Argument<FileInfo>("new") { Description = "The newer signed tree head of the same partition" };
        var key = KeyOption();
        var proofFile = new Option<FileInfo?>("--proof") { Description = "The consistency proof (JSON); default: fetched from the server" };
        var command = new Command("verify-consistency", "Verify that a newer signed tree head extends an older one. Exit 0 consistent, 2 a fork, 1 a usage error")
        {
            older, newer, key, proofFile,
        };
        command.SetAction(async (parse, ct) =>
        {
            var publicKey = await LogFiles.ReadKeyAsync(parse.GetValue(key)!, ct);
            var (oldPath, newPath) = (parse.GetValue(older)!.FullName, parse.GetValue(newer)!.FullName);
            var (first, second) = (await LogFiles.ReadHeadAsync(oldPath, ct), await LogFiles.ReadHeadAsync(newPath, ct));
            if (first.Partition != second.Partition)
            {
                throw new CliFailure(CliError.Usage, $"{oldPath} is a head of partition {first.Partition} and {newPath} of partition {second.Partition}; compare heads of one partition");
            }

            var given = parse.GetValue(proofFile)?.FullName;
            var (ok, reason) = await HeadConsistency.CheckAsync(first, second, publicKey, () => given is not null
                ? LogFiles.ReadConsistencyPathAsync(given, ct)
                : FetchAsync(parse, first, second, ct));
            return await ReportAsync(parse, ok, reason);
        });
        return command;
    }

    public static Option<string> KeyOption() => new("--key")
    {
        Description = "The log's public key: 64 hex digits, or a file written by `royalty log key --out` (or downloaded from /.well-known/royaltyledger/log-key)",
        HelpName = "PUBKEY",
        Required = true,
    };

    /// <summary>Prints the verdict: on the output when it holds (exit 0), as one error line when it does not (exit 2).</summary>
    public static async Task<int> ReportAsync(ParseResult parse, bool ok, string reason)
    {
        ArgumentNullException.ThrowIfNull(parse);
        var json = parse.GetValue(GlobalOptions.Json);
        if (!ok)
        {
            var verdict = new CliError("INCONSISTENT", reason);
            await parse.InvocationConfiguration.Error.WriteLineAsync(json ? ErrorWriter.Json(verdict) : $"error: {reason}");
            return Fork;
        }

        await parse.InvocationConfiguration.Output.WriteLineAsync(json ? new JsonObject { ["consistent"] = true, ["message"] = reason }.ToJsonString() : reason);
        return 0;
    }

    private static async Task<IReadOnlyList<byte[]>> FetchAsync(ParseResult parse, Domain.Log.SignedTreeHead first, Domain.Log.SignedTreeHead second, CancellationToken ct)
    {
        IReadOnlyList<byte[]> path = [];
        await CliSession.RunAsync(parse, async (s, token) =>
        {
            var proof = await LogCommands.Client(s).GetConsistencyProofAsync(new GetConsistencyProofRequest
            {
                Partition = first.Partition,
                FirstSize = first.TreeSize,
                SecondSize = second.TreeSize,
            }, cancellationToken: token);
            path = LogFiles.PathFromWire(proof.Path, s.ServerAddress);
        }, ct);
        return path;
    }
}
