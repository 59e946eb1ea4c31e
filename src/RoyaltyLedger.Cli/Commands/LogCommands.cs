using System.CommandLine;
using RoyaltyLedger.Cli.Log;
using RoyaltyLedger.Contracts.V1;

namespace RoyaltyLedger.Cli.Commands;

/// <summary>
/// `royalty log`: the transparency log's public key, signed tree heads and inclusion proofs (docs/transparency-log.md),
/// as protobuf JSON files that `royalty verify-consistency` and `royalty witness` check offline.
/// </summary>
internal static class LogCommands
{
    public static Command Create()
    {
        var log = new Command("log", "The transparency log: its public key, signed tree heads and inclusion proofs");
        log.Subcommands.Add(Key());
        log.Subcommands.Add(Head());
        log.Subcommands.Add(Prove());
        return log;
    }

    /// <summary>`--out FILE`: where to write the JSON instead of the output.</summary>
    public static Option<string?> OutOption(string what) => new("--out")
    {
        Description = $"Write {what} to FILE instead of printing it",
        HelpName = "FILE",
        Validators = { r => { if (r.Tokens is [{ Value.Length: 0 }]) { r.AddError("--out '' is not a file name"); } } },
    };

    public static Option<int> PartitionOption(bool required) => new("--partition")
    {
        Description = "The ledger partition whose log to read (0 on the embedded default; docs/partitions.md)" + (required ? "" : "; default 0"),
        HelpName = "N",
        Required = required,
        Validators = { r => { if (r.GetValueOrDefault<int>() < 0) { r.AddError($"--partition {r.GetValueOrDefault<int>()} is negative"); } } },
    };

    private static Command Key()
    {
        var output = OutOption("the key document");
        var key = new Command("key", "Print the log's Ed25519 public key (also served without an API key at /.well-known/royaltyledger/log-key)") { output };
        key.SetAction((parse, ct) => CliSession.RunAsync(parse, async (s, token) =>
            await LogFiles.WriteAsync(await Client(s).GetLogKeyAsync(new GetLogKeyRequest(), cancellationToken: token), parse.GetValue(output), s.Output, token), ct));
        return key;
    }

    private static Command Head()
    {
        var partition = PartitionOption(required: false);
        var output = OutOption("the head");
        var head = new Command("head", "Print a partition's latest signed tree head (JSON), to keep and check later with `royalty verify-consistency`") { partition, output };
        head.SetAction((parse, ct) => CliSession.RunAsync(parse, async (s, token) =>
            await LogFiles.WriteAsync(await Client(s).GetLatestTreeHeadAsync(
                new GetLatestTreeHeadRequest { Partition = parse.GetValue(partition) }, cancellationToken: token), parse.GetValue(output), s.Output, token), ct));
        return head;
    }

    private static Command Prove()
    {
        var partition = PartitionOption(required: true);
        var entry = new Option<long>("--entry")
        {
            Description = "The journal entry's number, e.g. a removal attestation's (evidence of removal)",
            HelpName = "N",
            Required = true,
            Validators = { r => { if (r.GetValueOrDefault<long>() < 1) { r.AddError($"--entry {r.GetValueOrDefault<long>()} is not an entry number (1 or more)"); } } },
        };
        var size = new Option<long>("--tree-size")
        {
            Description = "Prove against the tree of this many entries; default: the latest signed head (one is signed when none covers the entry)",
            HelpName = "N",
            Validators = { r => { if (r.GetValueOrDefault<long>() < 0) { r.AddError($"--tree-size {r.GetValueOrDefault<long>()} is negative"); } } },
        };
        var output = OutOption("the proof");
        var prove = new Command("prove", "Print a journal entry with its inclusion proof in a signed tree head (JSON)") { partition, entry, size, output };
        prove.SetAction((parse, ct) => CliSession.RunAsync(parse, async (s, token) =>
            await LogFiles.WriteAsync(await Client(s).GetInclusionProofAsync(new GetInclusionProofRequest
            {
                Partition = parse.GetValue(partition),
                EntryNo = parse.GetValue(entry),
                TreeSize = parse.GetValue(size),
            }, cancellationToken: token), parse.GetValue(output), s.Output, token), ct));
        return prove;
    }

    public static TransparencyLog.TransparencyLogClient Client(CliSession session) => new(session.Invoker);
}
