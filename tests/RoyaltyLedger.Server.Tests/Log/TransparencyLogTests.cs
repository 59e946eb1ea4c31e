using System.Text.Json;
using Google.Protobuf;
using Microsoft.Extensions.DependencyInjection;
using RoyaltyLedger.Application.Journal;
using RoyaltyLedger.Application.Log;
using RoyaltyLedger.Contracts.V1;
using RoyaltyLedger.Domain.Ledger;
using RoyaltyLedger.Domain.Log;
using RoyaltyLedger.Server.Tests.Infrastructure;
using static RoyaltyLedger.Server.Tests.Infrastructure.Journals;

namespace RoyaltyLedger.Server.Tests.Log;

/// <summary>
/// The transparency log end to end on both databases: heads signed and served, the key at its well-known URL, an
/// inclusion proof that verifies offline, consistency between two heads, and a witness that catches history rewritten
/// in the database between two heads. Entries are appended through the server's journal store (partition 0).
/// </summary>
public abstract class TransparencyLogTests(ServerFixture fixture) : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("royalty-log-").FullName;

    private LedgerServer Server => fixture.Server;

    private IJournalStore Journal => Server.Services.GetRequiredService<IJournalStore>();

    private Task<(int Exit, string Output, string Error)> RoyaltyAsync(params string[] args) => Server.RoyaltyAsync(Server.Admin.ApiKey, args);

    public void Dispose()
    {
        Directory.Delete(_folder, recursive: true);
        GC.SuppressFinalize(this);
    }

    private string File(string name) => Path.Combine(_folder, name);

    private async Task<IReadOnlyList<long>> AppendAsync(string prefix, int count) =>
        await Journal.AppendAsync([.. Enumerable.Range(1, count).Select(i => Usage(prefix, 1_000 * i))], RecordedAtUnixMs, CancellationToken.None);

    private Task<IReadOnlyList<Domain.Log.SignedTreeHead>> SignAsync() => Server.Services.GetRequiredService<SignTreeHeads>().SignGrownAsync(CancellationToken.None);

    private async Task<string> SaveHeadAsync(string name)
    {
        var (exit, output, error) = await RoyaltyAsync("log", "head", "--partition", "0", "--out", File(name));
        Assert.True(exit == 0, $"log head: exit {exit}, {output}{error}");
        return File(name);
    }

    private async Task<string> SaveKeyAsync()
    {
        var (exit, output, error) = await RoyaltyAsync("log", "key", "--out", File("key.json"));
        Assert.True(exit == 0, $"log key: exit {exit}, {output}{error}");
        return File("key.json");
    }

    [Fact]
    public async Task LogKey_WellKnownUrlWithoutApiKey_ServesTheKeyTheCliPrints()
    {
        var keyFile = await SaveKeyAsync();
        using var http = new HttpClient();
        var served = await http.GetStringAsync(new Uri(new Uri(Server.Address), "/.well-known/royaltyledger/log-key"));

        var printed = JsonParser.Default.Parse<LogKey>(await System.IO.File.ReadAllTextAsync(keyFile));
        var fetched = JsonParser.Default.Parse<LogKey>(served);
        Assert.Equal(printed, fetched);
        Assert.Equal(("ed25519", LogPublicKey.ComputeKeyId(Convert.FromHexString(printed.PublicKeyHex))), (fetched.Algorithm, fetched.KeyId));
    }

    [Fact]
    public async Task VerifyConsistency_TwoHeadsOfAGrowingLog_ExitsZero()
    {
        await AppendAsync("tl-grow", 3);
        await SignAsync();
        var older = await SaveHeadAsync("grow-old.json");
        await AppendAsync("tl-grow", 4);
        await SignAsync();
        var newer = await SaveHeadAsync("grow-new.json");
        var key = await SaveKeyAsync();

        var (exit, output, error) = await RoyaltyAsync("verify-consistency", older, newer, "--key", key);

        var (first, second) = (await LogHeadAsync(older), await LogHeadAsync(newer));
        Assert.True(first.TreeSize >= 3 && second.TreeSize == first.TreeSize + 4, $"sizes {first.TreeSize} and {second.TreeSize}");
        Assert.Equal((0, $"partition 0: the head of {first.TreeSize} entries, root {first.RootHex} and the head of {second.TreeSize} entries, root {second.RootHex} are consistent: the first {first.TreeSize} entries are unchanged\n", ""),
            (exit, output, error));
    }

    [Fact]
    public async Task LogProve_EntryOfTheLog_ProofVerifiesOfflineAgainstTheSignedHead()
    {
        var numbers = await AppendAsync("tl-prove", 5);
        var (exit, output, error) = await RoyaltyAsync("log", "prove", "--partition", "0", "--entry", numbers[2].ToString(System.Globalization.CultureInfo.InvariantCulture));
        Assert.True(exit == 0, $"log prove: exit {exit}, {output}{error}");
        var proof = JsonParser.Default.Parse<InclusionProof>(output);
        var key = LogPublicKey.TryParseHex((await Server.Admin.Invoker.LogClient().GetLogKeyAsync(new GetLogKeyRequest())).PublicKeyHex)!;

        var head = new Domain.Log.SignedTreeHead(proof.Head.Partition, proof.Head.TreeSize, Convert.FromHexString(proof.Head.RootHex), proof.Head.TimestampUnixMs,
            proof.Head.KeyId, Convert.FromHexString(proof.Head.SignatureHex));
        var entryHash = Convert.FromHexString(proof.Entry.HashHex);
        var leaf = LogLeaf.Hash(0, proof.Entry.EntryNo, entryHash);
        Assert.True(key.Verifies(head), "the head's signature");
        Assert.Equal((numbers[2], proof.TreeSize), (proof.Entry.EntryNo, head.TreeSize));
        Assert.True(LogTree.VerifyInclusion(leaf, proof.LeafIndex, proof.TreeSize, [.. proof.Path.Select(Convert.FromHexString)], head.Root), "the inclusion proof");
        Assert.False(LogTree.VerifyInclusion(LogLeaf.Hash(0, proof.Entry.EntryNo + 1, entryHash), proof.LeafIndex, proof.TreeSize, [.. proof.Path.Select(Convert.FromHexString)], head.Root),
            "the proof of another entry number");
    }

    [Fact]
    public async Task Witness_HistoryRewrittenBetweenHeads_ExitsTwoNamingThePartitionSizesAndRoots()
    {
        var state = File("witness");
        var numbers = await AppendAsync("tl-witness", 4);
        await SignAsync();
        var key = await SaveKeyAsync();
        var first = await RoyaltyAsync("witness", "--state", state, "--key", key, "--once");
        await AppendAsync("tl-witness", 1);
        await SignAsync();
        var second = await RoyaltyAsync("witness", "--state", state, "--key", key, "--once");
        var before = await SaveHeadAsync("witness-before.json");
        var kept = await LogHeadAsync(Path.Combine(state, "partition-0.json"));

        await RewriteAsync(numbers[1]);
        await AppendAsync("tl-witness", 1);
        await SignAsync();
        var after = await SaveHeadAsync("witness-after.json");
        var forked = await RoyaltyAsync("witness", "--state", state, "--key", key, "--once");
        var check = await RoyaltyAsync("verify-consistency", before, after, "--key", key);
        var rewritten = await LogHeadAsync(after);

        Assert.True(first.Exit == 0 && first.Output.Contains("partition 0: first head seen", StringComparison.Ordinal), $"first round: {first}");
        Assert.True(second.Exit == 0 && second.Output.Contains("are consistent", StringComparison.Ordinal), $"second round: {second}");
        var expected = $"error: fork in partition 0: the head of {kept.TreeSize} entries, root {kept.RootHex} and the head of {rewritten.TreeSize} entries, root {rewritten.RootHex} are not consistent: an entry among the first {kept.TreeSize} was rewritten\n";
        Assert.Equal((2, expected), (forked.Exit, forked.Error));
        Assert.Equal((2, expected), (check.Exit, check.Error));
        // The witness keeps the last head it trusted, so that every later round still alarms.
        Assert.Equal(kept, await LogHeadAsync(Path.Combine(state, "partition-0.json")));
    }

    [Fact]
    public async Task VerifyConsistency_HeadSignatureEdited_ExitsTwo()
    {
        await AppendAsync("tl-forged", 2);
        await SignAsync();
        var head = await SaveHeadAsync("forged.json");
        var key = await SaveKeyAsync();
        var wire = JsonParser.Default.Parse<Contracts.V1.SignedTreeHead>(await System.IO.File.ReadAllTextAsync(head));
        wire.TreeSize += 1;
        await System.IO.File.WriteAllTextAsync(File("forged-edited.json"), JsonFormatter.Default.Format(wire));

        var (exit, _, error) = await RoyaltyAsync("verify-consistency", head, File("forged-edited.json"), "--key", key);

        Assert.Equal(2, exit);
        Assert.StartsWith($"error: the new head of partition 0 ({wire.TreeSize} entries, root {wire.RootHex}) does not carry a valid signature of key", error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task GetConsistencyProof_SecondSizeBeyondTheLog_InvalidArgumentNamingTheField()
    {
        var (exit, _, error) = await RoyaltyAsync("log", "prove", "--partition", "0", "--entry", "999999999");
        Assert.Equal(1, exit);
        Assert.Contains("999999999", error, StringComparison.Ordinal);
        var ex = await Assert.ThrowsAsync<global::Grpc.Core.RpcException>(() => Server.Admin.Invoker.LogClient()
            .GetConsistencyProofAsync(new GetConsistencyProofRequest { Partition = 0, FirstSize = 1, SecondSize = 1_000_000_000 }).ResponseAsync);
        Assert.Equal(global::Grpc.Core.StatusCode.InvalidArgument, ex.StatusCode);
        Assert.Contains("second_size 1000000000 is outside partition 0's log", ex.Status.Detail, StringComparison.Ordinal);
    }

    /// <summary>
    /// What an operator rewriting history would do: move money between two lines of an entry (still balanced), hash it
    /// again and re-chain every later entry of the partition and its head, so that the journal's own chain holds.
    /// </summary>
    private async Task RewriteAsync(long entryNo)
    {
        await IntruderSql.ExecuteAsync(fixture, "UPDATE journal_lines SET amount_nanos = i128_add(amount_nanos, 5) WHERE entry_no = @e AND line_no = 0", ("e", entryNo));
        await IntruderSql.ExecuteAsync(fixture, "UPDATE journal_lines SET amount_nanos = i128_add(amount_nanos, -5) WHERE entry_no = @e AND line_no = 1", ("e", entryNo));
        var entries = await Journal.ReadEntriesAsync(entryNo, IJournalStore.MaxEntriesPerRead, CancellationToken.None);
        var prev = entries[0].PrevHash;
        foreach (var entry in entries)
        {
            var hash = JournalHash.Compute(prev, entry.EntryNo, entry.Kind, entry.RecordedAtUnixMs, entry.Reference, entry.Lines);
            await IntruderSql.ExecuteAsync(fixture, "UPDATE journal_entries SET prev_hash = @p, hash = @h WHERE entry_no = @e", ("p", prev), ("h", hash), ("e", entry.EntryNo));
            prev = hash;
        }

        await IntruderSql.ExecuteAsync(fixture, "UPDATE journal_heads SET hash = @h WHERE partition_no = 0", ("h", prev));
        Assert.True((await Journal.VerifyAsync(CancellationToken.None)).Intact, "the rewritten journal verifies on its own");
    }

    private static async Task<Domain.Log.SignedTreeHead> LogHeadAsync(string path)
    {
        var wire = JsonParser.Default.Parse<Contracts.V1.SignedTreeHead>(await System.IO.File.ReadAllTextAsync(path));
        return new Domain.Log.SignedTreeHead(wire.Partition, wire.TreeSize, Convert.FromHexString(wire.RootHex), wire.TimestampUnixMs, wire.KeyId, Convert.FromHexString(wire.SignatureHex));
    }
}

internal static class LogClients
{
    public static TransparencyLog.TransparencyLogClient LogClient(this global::Grpc.Core.CallInvoker invoker) => new(invoker);
}

public sealed class SqliteTransparencyLogTests(SqliteServerFixture fixture) : TransparencyLogTests(fixture), IClassFixture<SqliteServerFixture>;

public sealed class PostgresTransparencyLogTests(PostgresServerFixture fixture) : TransparencyLogTests(fixture), IClassFixture<PostgresServerFixture>;
