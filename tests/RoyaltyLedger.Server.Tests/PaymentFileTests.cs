using System.Globalization;
using System.Text;
using System.Xml.Linq;
using Grpc.Core;
using RoyaltyLedger.Contracts.V1;
using RoyaltyLedger.Server.Tests.Infrastructure;

namespace RoyaltyLedger.Server.Tests;

/// <summary>
/// Bank accounts and pain.001.001.09 payment files on the real server (docs/pain001.md). 333,333 training tokens pay
/// the composer 399,999,600 nanos and the lyricist 266,666,400; with 5 % commission and a 1 minor unit minimum the
/// cycle pays them 37 and 25 cents, carrying the fractions.
/// </summary>
public abstract class PaymentFileTests(ServerFixture fixture)
{
    private static readonly XNamespace Ns = "urn:iso:std:iso:20022:tech:xsd:pain.001.001.09";

    private LedgerServer Server => fixture.Server;

    private BankPayments.BankPaymentsClient Bank => new(Server.Admin.Invoker);

    [Fact]
    public async Task Cli_PayoutsShowPain001_CommittedCycle_SchemaValidFileEqualToTheCycleLines()
    {
        var (s, society, cycle) = await CommittedCycleAsync("pf-file");
        await SetAccountsAsync(s, society);

        var (exit, xml, error) = await Server.RoyaltyAsync(Server.Admin.ApiKey, "payouts", "show", cycle.CycleId, "--format", "pain001", "--execution-date", "2026-12-15");
        var again = await Server.RoyaltyAsync(Server.Admin.ApiKey, "payouts", "show", cycle.CycleId, "--format", "pain001", "--execution-date", "2026-12-15");

        Assert.True(exit == 0, $"royalty payouts show --format pain001 exited {exit}: {error}");
        Assert.Empty(Pain001Schema.Validate(Encoding.UTF8.GetBytes(xml)));
        Assert.Equal(xml, again.Output);
        var doc = XDocument.Parse(xml);
        var paid = cycle.Lines.Where(l => !l.Held && long.Parse(l.PaidMinor, CultureInfo.InvariantCulture) > 0).ToList();
        Assert.Equal(2, paid.Count);
        var transfers = doc.Descendants(Ns + "CdtTrfTxInf").ToList();
        var expected = paid.Select(l => ($"{cycle.CycleId}/{l.PartyId}", Iban(l.PartyId, s), Decimal(l.PaidMinor))).ToList();
        Assert.Equal(expected, transfers.Select(t => (
            (string)t.Descendants(Ns + "EndToEndId").Single(), (string)t.Element(Ns + "CdtrAcct")!.Descendants(Ns + "IBAN").Single(),
            (string)t.Descendants(Ns + "InstdAmt").Single())));
        Assert.Equal(["0.37", "0.25"], expected.Select(e => e.Item3));
        var total = paid.Sum(l => long.Parse(l.PaidMinor, CultureInfo.InvariantCulture));
        Assert.Equal(cycle.Summary.PaidMinor, total.ToString(CultureInfo.InvariantCulture));
        Assert.Equal(["0.62", "0.62"], doc.Descendants(Ns + "CtrlSum").Select(e => (string)e));
        Assert.Equal(["2", "2"], doc.Descendants(Ns + "NbOfTxs").Select(e => (string)e));
        Assert.Equal("DE89370400440532013000", (string)doc.Descendants(Ns + "DbtrAcct").Descendants(Ns + "IBAN").Single());
        Assert.Equal("NWBKGB2L", (string)transfers[0].Descendants(Ns + "BICFI").Single());
        Assert.Equal($"Royalties cycle {cycle.CycleId}, period 2026-11", (string)transfers[1].Descendants(Ns + "Ustrd").Single());
    }

    [Fact]
    public async Task ExportPain001_PaidPartyWithoutAccount_FailsNamingItOrSkipsAndListsIt()
    {
        var (s, society, cycle) = await CommittedCycleAsync("pf-missing");
        await Bank.SetSocietyBankAccountAsync(new SetSocietyBankAccountRequest { SocietyId = society, Account = Account("Society", "DE89370400440532013000", "") });
        await Bank.SetPartyBankAccountAsync(new SetPartyBankAccountRequest { PartyId = s.Composer, Account = Account("Composer", "GB29NWBK60161331926819", "") });

        var refused = await Assert.ThrowsAsync<RpcException>(() => Bank.ExportPain001Async(new ExportPain001Request { CycleId = cycle.CycleId }).ResponseAsync);
        var skipped = await Bank.ExportPain001Async(new ExportPain001Request { CycleId = cycle.CycleId, SkipMissingAccounts = true, ExecutionDate = "2026-12-15" });

        Assert.Equal(StatusCode.FailedPrecondition, refused.StatusCode);
        Assert.Contains($"cycle {cycle.CycleId} pays 1 party without a bank account: {s.Lyricist};", refused.Status.Detail, StringComparison.Ordinal);
        Assert.Equal([s.Lyricist], skipped.SkippedPartyIds);
        Assert.Equal((1u, "37", "EUR"), (skipped.Transfers, skipped.TotalMinor, skipped.Currency));
        Assert.Empty(Pain001Schema.Validate(skipped.Xml.ToByteArray()));
    }

    [Fact]
    public async Task ExportPain001_SocietyWithoutAccountOrUnknownCycle_SaysWhatIsMissing()
    {
        var (_, society, cycle) = await CommittedCycleAsync("pf-nosoc");

        var noSociety = await Assert.ThrowsAsync<RpcException>(() => Bank.ExportPain001Async(new ExportPain001Request { CycleId = cycle.CycleId }).ResponseAsync);
        var unknown = await Assert.ThrowsAsync<RpcException>(() => Bank.ExportPain001Async(new ExportPain001Request { CycleId = "pf-nosoc-none" }).ResponseAsync);
        var badDate = await Assert.ThrowsAsync<RpcException>(() =>
            Bank.ExportPain001Async(new ExportPain001Request { CycleId = cycle.CycleId, ExecutionDate = "15.12.2026" }).ResponseAsync);

        Assert.Equal((StatusCode.FailedPrecondition, $"society {society} has no bank account to pay from: set it first (royalty societies set-bank-account {society} ...)"),
            (noSociety.StatusCode, noSociety.Status.Detail));
        Assert.Equal(StatusCode.NotFound, unknown.StatusCode);
        Assert.Equal(StatusCode.InvalidArgument, badDate.StatusCode);
        Assert.Contains("execution_date '15.12.2026' is not a date yyyy-MM-dd", badDate.Status.Detail, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ExportPain001_AccountEditedInTheDatabase_RefusedNamingTheParty()
    {
        var (s, society, cycle) = await CommittedCycleAsync("pf-tamper");
        await SetAccountsAsync(s, society);
        // An intruder changes one digit of the lyricist's IBAN: its check digits no longer match.
        Assert.Equal(1, await IntruderSql.ExecuteAsync(fixture, "UPDATE bank_accounts SET iban = @i WHERE holder_kind = 'party' AND holder_id = @p",
            ("i", "FR1420041010050500013M02607"), ("p", s.Lyricist)));

        var error = await Assert.ThrowsAsync<RpcException>(() => Bank.ExportPain001Async(new ExportPain001Request { CycleId = cycle.CycleId }).ResponseAsync);

        Assert.Equal(StatusCode.FailedPrecondition, error.StatusCode);
        Assert.Contains($"bank account of {s.Lyricist} in the database is invalid: iban 'FR1420041010050500013M02607' is not a valid IBAN", error.Status.Detail, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Cli_PartiesSetBankAccount_BadIban_OneLineNamingFieldAndValue()
    {
        var (s, _) = await PayoutSociety.RegisterAsync(Server, "pf-cli");

        var (exit, output, error) = await Server.RoyaltyAsync(Server.Admin.ApiKey, "parties", "set-bank-account", s.Composer, "--holder", "Ada", "--iban", "DE00 3704 0044 0532 0130 00");
        var ok = await Server.RoyaltyAsync(Server.Admin.ApiKey, "parties", "set-bank-account", s.Composer, "--holder", "Ada", "--iban", "DE89 3704 0044 0532 0130 00", "--bic", "deutdeff");

        Assert.Equal(1, exit);
        Assert.Equal("", output);
        Assert.Contains("account.iban 'DE00 3704 0044 0532 0130 00' is not a valid IBAN: check digits 00 do not match the account number (MOD 97-10), expected 89", error, StringComparison.Ordinal);
        Assert.Equal((0, $"party {s.Composer}: Ada, IBAN DE89370400440532013000, BIC DEUTDEFF\n"), (ok.Exit, ok.Output));
    }

    [Fact]
    public async Task SetPartyBankAccount_Valid_HeldNormalizedAndReplacedBySettingAgain()
    {
        var (s, _) = await PayoutSociety.RegisterAsync(Server, "pf-set");

        var first = await Bank.SetPartyBankAccountAsync(new SetPartyBankAccountRequest { PartyId = s.Composer, Account = Account(" Ada ", "de89 3704 0044 0532 0130 00", "deutdeff") });
        var held = await Bank.GetBankAccountAsync(new GetBankAccountRequest { HolderKind = "party", HolderId = s.Composer });
        await Bank.SetPartyBankAccountAsync(new SetPartyBankAccountRequest { PartyId = s.Composer, Account = Account("Ada", "GB29NWBK60161331926819", "") });
        var replaced = await Bank.GetBankAccountAsync(new GetBankAccountRequest { HolderKind = "party", HolderId = s.Composer });

        Assert.Equal(Account("Ada", "DE89370400440532013000", "DEUTDEFF"), first.Account);
        Assert.Equal(first, held);
        Assert.Equal(Account("Ada", "GB29NWBK60161331926819", ""), replaced.Account);
    }

    [Fact]
    public async Task SetPartyBankAccount_BadIbanBicAndName_InvalidArgumentNamingEachFieldAndValue()
    {
        var (s, _) = await PayoutSociety.RegisterAsync(Server, "pf-bad");

        var error = await Assert.ThrowsAsync<RpcException>(() => Bank.SetPartyBankAccountAsync(
            new SetPartyBankAccountRequest { PartyId = s.Composer, Account = Account("", "DE88370400440532013000", "DEUT") }).ResponseAsync);
        var unregistered = await Assert.ThrowsAsync<RpcException>(() => Bank.SetPartyBankAccountAsync(
            new SetPartyBankAccountRequest { PartyId = "pf-bad-nobody", Account = Account("X", "DE89370400440532013000", "") }).ResponseAsync);
        var missing = await Bank.GetBankAccountAsync(new GetBankAccountRequest { HolderKind = "party", HolderId = s.Lyricist }).ResponseAsync
            .ContinueWith(t => t.Exception?.InnerException, TaskScheduler.Default);

        Assert.Equal(StatusCode.InvalidArgument, error.StatusCode);
        Assert.Contains("account.holder_name is required", error.Status.Detail, StringComparison.Ordinal);
        Assert.Contains("account.iban 'DE88370400440532013000' is not a valid IBAN: check digits 88 do not match the account number (MOD 97-10), expected 89", error.Status.Detail, StringComparison.Ordinal);
        Assert.Contains("account.bic 'DEUT' is not a valid BIC: has 4 characters without spaces, expected 8 or 11", error.Status.Detail, StringComparison.Ordinal);
        Assert.Equal(StatusCode.NotFound, unregistered.StatusCode);
        Assert.Equal(StatusCode.NotFound, Assert.IsType<RpcException>(missing).StatusCode);
    }

    [Fact]
    public async Task BankAccountCalls_ByAnotherPartyOrAnotherSociety_PermissionDenied_ByItsSociety_Allowed()
    {
        var (s, society, cycle) = await CommittedCycleAsync("pf-deny");
        await Server.Registry.RegisterSocietyAsync(new RegisterSocietyRequest { SocietyId = "pf-deny-other", DisplayName = "Other", CommissionBps = 0 });
        var other = new BankPayments.BankPaymentsClient((await Server.ClientsForAsync(Role.Society, "pf-deny-other")).Invoker);
        var lyricist = new BankPayments.BankPaymentsClient((await Server.ClientsForAsync(Role.Creator, s.Lyricist)).Invoker);
        var own = new BankPayments.BankPaymentsClient((await Server.ClientsForAsync(Role.Society, society)).Invoker);
        var account = Account("X", "DE89370400440532013000", "");

        var otherSetsMember = await Assert.ThrowsAsync<RpcException>(() => other.SetPartyBankAccountAsync(new SetPartyBankAccountRequest { PartyId = s.Composer, Account = account }).ResponseAsync);
        var creatorSetsAnother = await Assert.ThrowsAsync<RpcException>(() => lyricist.SetPartyBankAccountAsync(new SetPartyBankAccountRequest { PartyId = s.Composer, Account = account }).ResponseAsync);
        var otherSetsSociety = await Assert.ThrowsAsync<RpcException>(() => other.SetSocietyBankAccountAsync(new SetSocietyBankAccountRequest { SocietyId = society, Account = account }).ResponseAsync);
        var otherExports = await Assert.ThrowsAsync<RpcException>(() => other.ExportPain001Async(new ExportPain001Request { CycleId = cycle.CycleId }).ResponseAsync);
        var creatorExports = await Assert.ThrowsAsync<RpcException>(() => lyricist.ExportPain001Async(new ExportPain001Request { CycleId = cycle.CycleId }).ResponseAsync);
        await lyricist.SetPartyBankAccountAsync(new SetPartyBankAccountRequest { PartyId = s.Lyricist, Account = account });
        await own.SetPartyBankAccountAsync(new SetPartyBankAccountRequest { PartyId = s.Composer, Account = account });
        await own.SetSocietyBankAccountAsync(new SetSocietyBankAccountRequest { SocietyId = society, Account = account });
        var file = await own.ExportPain001Async(new ExportPain001Request { CycleId = cycle.CycleId });

        Assert.All([otherSetsMember, creatorSetsAnother, otherSetsSociety, otherExports, creatorExports], e => Assert.Equal(StatusCode.PermissionDenied, e.StatusCode));
        Assert.Equal(2u, file.Transfers);
    }

    private async Task<(Slice Slice, string Society, PayoutCycle Cycle)> CommittedCycleAsync(string prefix)
    {
        var (s, society) = await PayoutSociety.RegisterAsync(Server, prefix);
        var (_, acks) = await s.SendAsync(Server.Ingest, "first", Slice.Batch(1, s.Event("e-1", units: 333_333)));
        Assert.Equal(1u, Assert.Single(acks).Accepted);
        var statement = await Server.Statements.GetCreatorStatementAsync(new GetCreatorStatementRequest { CreatorId = s.Composer, WaitForProjection = true });
        Assert.Equal(0UL, statement.PendingBatches);
        var cycle = await new Payouts.PayoutsClient(Server.Admin.Invoker).CommitCycleAsync(new RunCycleRequest
        {
            CycleId = $"{prefix}-c1", SocietyId = society, Currency = "EUR", Period = "2026-11", MinimumPayoutMinor = 1,
        });
        return (s, society, cycle);
    }

    private async Task SetAccountsAsync(Slice s, string society)
    {
        await Bank.SetSocietyBankAccountAsync(new SetSocietyBankAccountRequest { SocietyId = society, Account = Account("Society of Authors", "DE89 3704 0044 0532 0130 00", "DEUTDEFF") });
        await Bank.SetPartyBankAccountAsync(new SetPartyBankAccountRequest { PartyId = s.Composer, Account = Account("Composer", "GB29NWBK60161331926819", "NWBKGB2L") });
        await Bank.SetPartyBankAccountAsync(new SetPartyBankAccountRequest { PartyId = s.Lyricist, Account = Account("Lyricist", "fr14 2004 1010 0505 0001 3m02 606", "") });
    }

    private static string Iban(string party, Slice s) => party == s.Composer ? "GB29NWBK60161331926819" : "FR1420041010050500013M02606";

    /// <summary>Minor units of EUR as pain.001 writes them: 37 is "0.37".</summary>
    private static string Decimal(string minor) => (long.Parse(minor, CultureInfo.InvariantCulture) / 100m).ToString("0.00", CultureInfo.InvariantCulture);

    private static BankAccount Account(string holder, string iban, string bic) => new() { HolderName = holder, Iban = iban, Bic = bic };
}

public sealed class SqlitePaymentFileTests(SqliteServerFixture fixture) : PaymentFileTests(fixture), IClassFixture<SqliteServerFixture>;

public sealed class PostgresPaymentFileTests(PostgresServerFixture fixture) : PaymentFileTests(fixture), IClassFixture<PostgresServerFixture>;
