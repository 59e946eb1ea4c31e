using System.CommandLine;
using System.Globalization;
using Grpc.Core;
using RoyaltyLedger.Cli.Errors;
using RoyaltyLedger.Cli.Log;
using RoyaltyLedger.Contracts.V1;

namespace RoyaltyLedger.Cli.Commands;

/// <summary>
/// `royalty witness --server URL --state DIR --key PUBKEY [--once] [--interval SECONDS]`: watches the log. Each round,
/// for every partition, it fetches the latest signed head, checks its signature and its consistency with the last head
/// it kept in DIR (partition-N.json), and keeps the new head. A fork stops it with exit 2 and a line naming the
/// partition and both heads' sizes and roots; the kept head stays the one before the fork. Any other failure (the
/// server unreachable, a bad key) stops it with exit 1, for its supervisor to restart.
/// </summary>
internal static class WitnessCommand
{
    /// <summary>Seconds between rounds at most: a day.</summary>
    public const int MaxIntervalSeconds = 86_400;

    public static Command Create()
    {
        var state = new Option<string>("--state")
        {
            Description = "The folder where the witness keeps the last head it saw of each partition (created if missing)",
            HelpName = "DIR",
            Required = true,
            Validators = { r => { if (r.Tokens is [{ Value.Length: 0 }]) { r.AddError("--state '' is not a folder name"); } } },
        };
        var key = VerifyConsistencyCommand.KeyOption();
        var once = new Option<bool>("--once") { Description = "Check one round and exit (0 when every partition is consistent)" };
        var interval = new Option<int>("--interval")
        {
            Description = $"Seconds between rounds (1 to {MaxIntervalSeconds}); default 60",
            HelpName = "SECONDS",
            DefaultValueFactory = _ => 60,
            Validators =
            {
                r =>
                {
                    var value = r.GetValueOrDefault<int>();
                    if (value is < 1 or > MaxIntervalSeconds)
                    {
                        r.AddError($"--interval {value} is outside 1 to {MaxIntervalSeconds} seconds");
                    }
                },
            },
        };
        var command = new Command("witness", "Watch the transparency log: check each new signed head against the last one seen; exit 2 on a fork") { state, key, once, interval };
        command.SetAction(async (parse, ct) =>
        {
            var publicKey = await LogFiles.ReadKeyAsync(parse.GetValue(key)!, ct);
            var folder = parse.GetValue(state)!;
            try
            {
                Directory.CreateDirectory(folder);
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException or ArgumentException)
            {
                throw new CliFailure(CliError.InvalidInput, $"cannot use the state folder {folder}: {ErrorDescriber.OneLine(e.Message)}");
            }

            return await CliSession.RunForExitCodeAsync(parse, async (s, token) =>
            {
                while (true)
                {
                    if (await RoundAsync(parse, s, folder, publicKey, token) is { } fork)
                    {
                        return await VerifyConsistencyCommand.ReportAsync(parse, ok: false, fork);
                    }

                    if (parse.GetValue(once))
                    {
                        return 0;
                    }

                    await Task.Delay(TimeSpan.FromSeconds(parse.GetValue(interval)), token);
                }
            }, ct);
        });
        return command;
    }

    /// <summary>One round over every partition: the first fork's description, or null when all are consistent.</summary>
    private static async Task<string?> RoundAsync(ParseResult parse, CliSession s, string folder, Domain.Log.LogPublicKey key, CancellationToken token)
    {
        var client = LogCommands.Client(s);
        for (var partition = 0; partition < Domain.Ledger.LedgerPartitioning.MaxCount; partition++)
        {
            SignedTreeHead fetched;
            try
            {
                fetched = await client.GetLatestTreeHeadAsync(new GetLatestTreeHeadRequest { Partition = partition }, cancellationToken: token);
            }
            catch (RpcException e) when (e.StatusCode == StatusCode.InvalidArgument)
            {
                // Past the ledger's last partition.
                return null;
            }
            catch (RpcException e) when (e.StatusCode == StatusCode.NotFound)
            {
                // No head signed yet in this partition.
                continue;
            }

            var head = LogFiles.FromWire(fetched, $"the server's head of partition {partition}");
            var file = Path.Combine(folder, string.Create(CultureInfo.InvariantCulture, $"partition-{partition}.json"));
            string message;
            if (File.Exists(file))
            {
                var kept = await LogFiles.ReadHeadAsync(file, token);
                var (ok, reason) = await HeadConsistency.CheckAsync(kept, head, key, async () =>
                    LogFiles.PathFromWire((await client.GetConsistencyProofAsync(new GetConsistencyProofRequest
                    {
                        Partition = partition,
                        FirstSize = kept.TreeSize,
                        SecondSize = head.TreeSize,
                    }, cancellationToken: token)).Path, s.ServerAddress));
                if (!ok)
                {
                    return reason;
                }

                message = reason;
            }
            else if (!key.Verifies(head))
            {
                return $"the head of partition {partition} ({HeadConsistency.Describe(head)}) does not carry a valid signature of key {key.KeyId}";
            }
            else
            {
                message = $"partition {partition}: first head seen, {HeadConsistency.Describe(head)}";
            }

            await KeepAsync(file, fetched, token);
            if (!parse.GetValue(GlobalOptions.Json))
            {
                await s.Output.WriteLineAsync(message);
            }
        }

        return null;
    }

    private static async Task KeepAsync(string file, SignedTreeHead head, CancellationToken token)
    {
        // Written aside and moved over, so that a crash never leaves a torn head to compare with.
        var temporary = file + ".tmp";
        await LogFiles.WriteAsync(head, temporary, TextWriter.Null, token);
        File.Move(temporary, file, overwrite: true);
    }
}
