using System.CommandLine;
using System.Text;
using RoyaltyLedger.Cli.Rendering;
using RoyaltyLedger.Contracts.V1;

namespace RoyaltyLedger.Cli.Commands;

/// <summary>
/// `royalty parties set-bank-account|bank-account` and `royalty societies set-bank-account`: the accounts payouts are
/// paid into and from; and the pain.001 payment file `royalty payouts show CYCLE --format pain001` writes.
/// </summary>
internal static class BankAccountCommands
{
    public static Command Parties()
    {
        var parties = new Command("parties", "Creators and rightsholders as paid parties: their bank accounts");
        parties.Subcommands.Add(Set("set-bank-account", "party", "Set the bank account a creator or rightsholder is paid into (replaces the one set before)"));
        parties.Subcommands.Add(Show());
        return parties;
    }

    public static Command SetSociety() =>
        Set("set-bank-account", "society", "Set the bank account a society pays its members from (the debtor of its pain.001 files)");

    private static Command Set(string name, string kind, string description)
    {
        var id = new Argument<string>(kind) { Description = kind == "party" ? "The creator or rightsholder id" : "The society id" };
        var holder = new Option<string>("--holder") { Description = "The account holder's name as the bank knows it (at most 70 characters)", Required = true };
        var iban = new Option<string>("--iban") { Description = "IBAN, spaces allowed (check digits verified)", Required = true };
        var bic = new Option<string?>("--bic") { Description = "BIC of the bank, 8 or 11 characters (optional)" };
        var command = new Command(name, description) { id, holder, iban, bic };
        command.SetAction((parse, ct) => CliSession.RunAsync(parse, async (s, token) =>
        {
            var client = new BankPayments.BankPaymentsClient(s.Invoker);
            var account = new BankAccount { HolderName = parse.GetValue(holder) ?? "", Iban = parse.GetValue(iban) ?? "", Bic = parse.GetValue(bic) ?? "" };
            var held = kind == "party"
                ? await client.SetPartyBankAccountAsync(new SetPartyBankAccountRequest { PartyId = parse.GetValue(id), Account = account }, cancellationToken: token)
                : await client.SetSocietyBankAccountAsync(new SetSocietyBankAccountRequest { SocietyId = parse.GetValue(id), Account = account }, cancellationToken: token);
            await WriteAsync(s, held);
        }, ct));
        return command;
    }

    private static Command Show()
    {
        var id = new Argument<string>("party") { Description = "The creator or rightsholder id" };
        var command = new Command("bank-account", "Show the bank account held for a creator or rightsholder") { id };
        command.SetAction((parse, ct) => CliSession.RunAsync(parse, async (s, token) =>
            await WriteAsync(s, await new BankPayments.BankPaymentsClient(s.Invoker).GetBankAccountAsync(
                new GetBankAccountRequest { HolderKind = "party", HolderId = parse.GetValue(id) }, cancellationToken: token)), ct));
        return command;
    }

    private static Task WriteAsync(CliSession s, BankAccountHeld held) => s.Json
        ? JsonOutput.WriteAsync(s.Output, held)
        : s.Output.WriteLineAsync(
            $"{held.HolderKind} {held.HolderId}: {held.Account.HolderName}, IBAN {held.Account.Iban}{(held.Account.Bic.Length > 0 ? $", BIC {held.Account.Bic}" : "")}");

    /// <summary>Writes the cycle's pain.001.001.09 file to the output; parties left out for want of an account are named on the error stream.</summary>
    public static async Task WritePain001Async(CliSession s, string cycleId, DateOnly? executionDate, bool skipMissing, CancellationToken token)
    {
        var file = await new BankPayments.BankPaymentsClient(s.Invoker).ExportPain001Async(new ExportPain001Request
        {
            CycleId = cycleId, ExecutionDate = executionDate?.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture) ?? "",
            SkipMissingAccounts = skipMissing,
        }, cancellationToken: token);
        await s.Output.WriteAsync(Encoding.UTF8.GetString(file.Xml.Span));
        await s.Output.FlushAsync(token);
        if (file.SkippedPartyIds.Count > 0)
        {
            await s.Error.WriteLineAsync($"left out {file.SkippedPartyIds.Count} paid part{(file.SkippedPartyIds.Count == 1 ? "y" : "ies")} without a bank account: {string.Join(", ", file.SkippedPartyIds)}");
        }
    }
}
