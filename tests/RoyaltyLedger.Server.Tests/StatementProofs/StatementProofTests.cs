using Google.Protobuf.WellKnownTypes;
using Microsoft.Extensions.DependencyInjection;
using RoyaltyLedger.Application.StatementProofs;
using RoyaltyLedger.Application.Statements;
using RoyaltyLedger.Contracts.V1;
using RoyaltyLedger.Domain.Log;
using RoyaltyLedger.Domain.StatementProofs;
using RoyaltyLedger.Domain.Statements;
using RoyaltyLedger.Server.Tests.Infrastructure;

namespace RoyaltyLedger.Server.Tests.StatementProofs;

/// <summary>
/// Statements with proofs end to end (docs/statement-proofs.md): a creator's statement over a licensed use, an
/// unlicensed one and its settled claim (an adjustment) is written with proofs, verifies offline with the log's public
/// key through `royalty verify-statement`, every line's amount being the sum of the party's journal lines with its keys;
/// then one journal line edited in the database makes the same verification of a fresh statement fail, naming it.
/// </summary>
public abstract class StatementProofTests(ServerFixture fixture)
{
    private static readonly LogSigningKey Key = new([.. Enumerable.Range(7, 32).Select(i => (byte)i)]);

    private LedgerServer Server => fixture.Server;

    [Fact]
    public async Task VerifyStatement_FreshStatementThenOneJournalLineEdited_VerifiesThenFailsNamingTheLine()
    {
        var s = await SetUpAsync("stp-e2e");
        var file = await ProofsAsync(s.Composer);
        Assert.Equal(["licensed", "settled"], file.Lines.Select(l => l.Status).Order(StringComparer.Ordinal));
        Assert.All(file.Lines, l => Assert.NotEmpty(l.Citations));
        Assert.Contains(file.Entries, e => e.Kind == "adjustment");
        var (exit, output, error) = await VerifyAsync(file);
        Assert.True(exit == 0, $"verify-statement exited {exit}: {output}{error}");
        Assert.StartsWith($"statement verified: 2 lines of {s.Composer}'s statement", output, StringComparison.Ordinal);

        var licensed = file.Lines.Single(l => l.Status == "licensed");
        var citation = licensed.Citations[0];
        var changed = await IntruderSql.ExecuteAsync(fixture, "UPDATE journal_lines SET amount_nanos = @x WHERE entry_no = @e AND line_no = @l",
            ("x", (Int128)(-1)), ("e", citation.EntryNo), ("l", citation.Lines[0]));
        Assert.Equal(1, changed);
        var (tamperedExit, _, tamperedError) = await VerifyAsync(await ProofsAsync(s.Composer));

        Assert.Equal(2, tamperedExit);
        Assert.Contains($"entry {citation.EntryNo} (partition", tamperedError, StringComparison.Ordinal);
        Assert.Contains($"statement line work {s.Work} model {s.Model} month 2026-11", tamperedError, StringComparison.Ordinal);
    }

    [Fact]
    public async Task VerifyStatement_WrongKey_ExitsTwoNamingTheKeys()
    {
        var s = await SetUpAsync("stp-key");
        var other = new LogSigningKey([.. Enumerable.Range(70, 32).Select(i => (byte)i)]);
        var (exit, _, error) = await VerifyAsync(await ProofsAsync(s.Composer), other.PublicKey.ToHex());

        Assert.Equal(2, exit);
        Assert.Contains($"not by the key given ({other.PublicKey.KeyId})", error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ReadStatementProofs_CreatorWithoutUses_IsAnEmptyStatementThatVerifies()
    {
        var s = await new Slice("stp-empty").RegisterAsync(Server.Admin);
        var file = await ProofsAsync(s.Composer);
        Assert.Empty(file.Lines);
        Assert.Empty(file.Entries);
        Assert.Equal(0, (await VerifyAsync(file)).Exit);
    }

    [Fact]
    public async Task Cli_StatementWithProofs_VerifiesWithTheServersPublishedKeyThenFailsAfterAnEdit()
    {
        // The creator's path: the statement and the key come from the server (its own signing key, heads signed on
        // demand by the transparency log), verification runs offline.
        var s = await SetUpAsync("stp-cli");
        var folder = Directory.CreateTempSubdirectory("stp-cli-").FullName;
        try
        {
            var key = Path.Combine(folder, "log-key.json");
            Assert.Equal(0, (await Server.RoyaltyAsync(Server.Admin.ApiKey, "log", "key", "--out", key)).Exit);
            var first = Path.Combine(folder, "statement.json");
            var written = await Server.RoyaltyAsync(Server.Admin.ApiKey, "statement", "--creator", s.Composer, "--with-proofs", "--out", first);
            Assert.True(written.Exit == 0, written.Error);
            var verified = await Server.RoyaltyAsync("unused", "verify-statement", first, "--key", key);
            Assert.True(verified.Exit == 0, $"verify-statement exited {verified.Exit}: {verified.Output}{verified.Error}");
            Assert.StartsWith($"statement verified: 2 lines of {s.Composer}'s statement", verified.Output, StringComparison.Ordinal);

            var citation = StatementProofJson.Read(await File.ReadAllTextAsync(first)).Lines.Single(l => l.Status == "licensed").Citations[0];
            Assert.Equal(1, await IntruderSql.ExecuteAsync(fixture, "UPDATE journal_lines SET amount_nanos = @x WHERE entry_no = @e AND line_no = @l",
                ("x", (Int128)(-1)), ("e", citation.EntryNo), ("l", citation.Lines[0])));
            var second = Path.Combine(folder, "statement-after-edit.json");
            Assert.Equal(0, (await Server.RoyaltyAsync(Server.Admin.ApiKey, "statement", "--creator", s.Composer, "--with-proofs", "--out", second)).Exit);
            var failed = await Server.RoyaltyAsync("unused", "verify-statement", second, "--key", key);

            Assert.Equal(2, failed.Exit);
            Assert.Contains($"entry {citation.EntryNo} (partition", failed.Error, StringComparison.Ordinal);
            Assert.Contains($"statement line work {s.Work} model {s.Model} month 2026-11", failed.Error, StringComparison.Ordinal);
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    [Fact]
    public async Task Statement_OutWithoutWithProofs_IsAUsageError()
    {
        var (exit, _, error) = await Server.RoyaltyAsync(Server.Admin.ApiKey, "statement", "--creator", "stp-any", "--out", "x.json");

        Assert.Equal(1, exit);
        Assert.Contains("--out is only for --with-proofs", error, StringComparison.Ordinal);
    }

    private async Task<StatementProofFile> ProofsAsync(string creatorId)
    {
        var services = Server.Services;
        var store = services.GetRequiredService<IStatementProofStore>();
        var proofs = new ReadStatementProofs(services.GetRequiredService<StatementQuery>(), store, new TestHeadSource(store, Key));
        return await proofs.ReadAsync(creatorId, PeriodRange.All, TimeSpan.FromSeconds(30), CancellationToken.None)
            ?? throw new InvalidOperationException($"{creatorId} is not registered");
    }

    private async Task<(int Exit, string Output, string Error)> VerifyAsync(StatementProofFile file, string? key = null)
    {
        var path = Path.Combine(Path.GetTempPath(), $"statement-{Guid.NewGuid():N}.json");
        await File.WriteAllTextAsync(path, StatementProofJson.Write(file));
        try
        {
            return await Server.RoyaltyAsync("unused", "verify-statement", path, "--key", key ?? Key.PublicKey.ToHex());
        }
        finally
        {
            File.Delete(path);
        }
    }

    /// <summary>A licensed training use and an unlicensed retrieval whose claim the operator then settles (an adjustment entry).</summary>
    private async Task<Slice> SetUpAsync(string prefix)
    {
        var s = await new Slice(prefix).RegisterAsync(Server.Admin);
        var society = $"{prefix}-soc";
        await Server.Registry.RegisterSocietyAsync(new RegisterSocietyRequest { SocietyId = society, DisplayName = "Society", CommissionBps = 0 });
        await Server.Registry.AddSocietyMemberAsync(new AddSocietyMemberRequest { SocietyId = society, MemberId = s.Composer });
        await Server.Registry.AddSocietyMemberAsync(new AddSocietyMemberRequest { SocietyId = society, MemberId = s.Lyricist });
        await Server.Registry.SetUnlicensedTariffAsync(new SetUnlicensedTariffRequest
        {
            SocietyId = society, Use = UseKind.Retrieval, Tariff = new Tariff { Currency = "EUR", PriceMicros = 1_000_000, PerUnits = 1_000_000, UnitKind = "tokens" },
        });
        var retrieval = s.Event("e-retrieval");
        retrieval.Use = UseKind.Retrieval;
        await s.SendAsync(Server.Ingest, "proofs", Slice.Batch(1, s.Event("e-training"), retrieval));
        await Server.Statements.GetCreatorStatementAsync(new GetCreatorStatementRequest { CreatorId = s.Composer, WaitForProjection = true });
        var claims = new Claims.ClaimsClient(Server.Admin.Invoker);
        await claims.SettleClaimsAsync(new SettleClaimsRequest
        {
            SettlementId = $"{prefix}-settle", OperatorId = s.Operator, WorkIds = { s.Work }, Note = "agreement",
            SettledThrough = Timestamp.FromDateTimeOffset(new DateTimeOffset(2026, 11, 25, 0, 0, 0, TimeSpan.Zero)),
        });
        var statement = await Server.Statements.GetCreatorStatementAsync(new GetCreatorStatementRequest { CreatorId = s.Composer, WaitForProjection = true });
        Assert.Contains(statement.Lines, l => l.LicenceStatus == "settled");
        return s;
    }
}

public sealed class SqliteStatementProofTests(SqliteServerFixture fixture) : StatementProofTests(fixture), IClassFixture<SqliteServerFixture>;

public sealed class PostgresStatementProofTests(PostgresServerFixture fixture) : StatementProofTests(fixture), IClassFixture<PostgresServerFixture>;
