using System.CommandLine;
using Google.Protobuf.WellKnownTypes;
using RoyaltyLedger.Cli.Errors;
using RoyaltyLedger.Cli.Rendering;
using RoyaltyLedger.Contracts.V1;
using Spectre.Console;

namespace RoyaltyLedger.Cli.Commands;

/// <summary>`royalty payouts`: preview and commit a society's payout cycles, export payout files, fetch proofs.</summary>
internal static class PayoutCommands
{
    public static Command Create()
    {
        var payouts = new Command("payouts", "A collecting society's payout cycles");
        payouts.Subcommands.Add(Run("preview", "Compute a cycle without moving money: exactly what commit would pay now (dry run)", commit: false));
        payouts.Subcommands.Add(Run("commit",
            "Commit a cycle: post the payout entry and publish its Merkle root. Running the same cycle id again moves nothing; a cycle that pays nothing needs --allow-empty",
            commit: true));
        payouts.Subcommands.Add(Show());
        payouts.Subcommands.Add(Proof());
        return payouts;
    }

    private static Command Run(string name, string description, bool commit)
    {
        var cycle = new Option<string>("--cycle") { Description = "The cycle id, e.g. 2026-11-EUR", Required = true };
        var society = new Option<string>("--society") { Description = "The society paying its members", Required = true };
        var currency = new Option<string>("--currency") { Description = "ISO 4217 currency of the cycle", Required = true };
        var period = new Option<string>("--period")
        {
            Description = "The months of use to pay (UTC): 2026-11, or a range such as 2026-10..2026-12; late uses of months already paid come along",
        };
        var periodEnd = new Option<DateTimeOffset?>("--period-end") { Description = "Instead of --period: the end of one month, e.g. 2026-11-30T23:59:59Z" };
        var minimum = new Option<long?>("--minimum-minor")
        {
            Description = "Smallest payment in minor units (e.g. 1000 = 10.00 EUR); smaller balances are held over. Default: the society's payout schedule's minimum",
        };
        var allowEmpty = new Option<bool>("--allow-empty") { Description = "Commit even if the cycle pays nobody (it still closes its months and uses up its id)" };
        var yes = new Option<bool>("--yes", "-y") { Description = "Commit without asking (a terminal otherwise shows the preview and asks first; scripts are never asked)" };
        var format = FormatOption();
        var command = new Command(name, description) { cycle, society, currency, period, periodEnd, minimum, format };
        if (commit)
        {
            command.Options.Add(allowEmpty);
            command.Options.Add(yes);
        }

        command.SetAction((parse, ct) => CliSession.RunAsync(parse, async (s, token) =>
        {
            var request = new RunCycleRequest
            {
                CycleId = parse.GetValue(cycle), SocietyId = parse.GetValue(society), Currency = parse.GetValue(currency),
                Period = parse.GetValue(period) ?? "", AllowEmpty = commit && parse.GetValue(allowEmpty),
            };
            if (parse.GetValue(minimum) is { } smallest)
            {
                request.MinimumPayoutMinor = smallest;
            }

            if (parse.GetValue(periodEnd) is { } end)
            {
                request.PeriodEnd = Timestamp.FromDateTimeOffset(end);
            }

            if (commit && !parse.GetValue(yes) && !s.Json && Terminal.IsInteractive(s.Output) && !Console.IsInputRedirected)
            {
                await ConfirmAsync(s, request, token);
            }

            var result = commit
                ? await s.Payouts.CommitCycleAsync(request, cancellationToken: token)
                : await s.Payouts.PreviewCycleAsync(request, cancellationToken: token);
            await WriteAsync(s, result, parse.GetValue(format));
        }, ct));
        return command;
    }

    /// <summary>
    /// On a person's terminal, a commit first shows the preview (exactly what it would pay) and asks, because a committed
    /// cycle cannot be undone; no answers "not committed" and moves nothing. --yes, --json and redirected input skip it.
    /// </summary>
    private static async Task ConfirmAsync(CliSession s, RunCycleRequest request, CancellationToken token)
    {
        var preview = await s.Payouts.PreviewCycleAsync(request, cancellationToken: token);
        await WriteAsync(s, preview, null);
        var question = $"Commit cycle {request.CycleId}? It posts the payout entry and cannot be undone";
        if (!await Terminal.On(s.Output).PromptAsync(new ConfirmationPrompt(question) { DefaultValue = false }, token))
        {
            throw new CliFailure(CliError.Failed, $"cycle {request.CycleId} not committed: answered no (nothing moved; --yes commits without asking)");
        }
    }

    private static Command Show()
    {
        var cycle = new Argument<string>("cycle") { Description = "A committed cycle's id" };
        var format = new Option<string?>("--format") { Description = "csv (the payout file), json, or pain001 (the ISO 20022 pain.001.001.09 payment file); default: a readable summary" };
        format.AcceptOnlyFromAmong("csv", "json", "pain001");
        var executionDate = new Option<DateOnly?>("--execution-date") { Description = "With --format pain001: the day the bank is asked to pay, YYYY-MM-DD (default: today, UTC)" };
        var skipMissing = new Option<bool>("--skip-missing-accounts") { Description = "With --format pain001: leave out paid parties without a bank account (named on stderr) instead of failing" };
        var show = new Command("show", "Show a committed cycle, or export its payout file with --format csv|json|pain001") { cycle, format, executionDate, skipMissing };
        show.SetAction((parse, ct) => CliSession.RunAsync(parse, async (s, token) =>
        {
            if (parse.GetValue(format) == "pain001")
            {
                await BankAccountCommands.WritePain001Async(s, parse.GetValue(cycle)!, parse.GetValue(executionDate), parse.GetValue(skipMissing), token);
                return;
            }

            await WriteAsync(s, await s.Payouts.GetCycleAsync(new GetCycleRequest { CycleId = parse.GetValue(cycle) }, cancellationToken: token), parse.GetValue(format));
        }, ct));
        return show;
    }

    private static Command Proof()
    {
        var cycle = new Argument<string>("cycle") { Description = "A committed cycle's id" };
        var party = new Argument<string>("party") { Description = "The member whose line to prove" };
        var proof = new Command("proof", "Print a member's payout line with its Merkle inclusion proof (JSON), to check offline with `royalty verify-proof`") { cycle, party };
        proof.SetAction((parse, ct) => CliSession.RunAsync(parse, async (s, token) =>
            await JsonOutput.WriteAsync(s.Output, await s.Payouts.GetPayoutProofAsync(
                new GetPayoutProofRequest { CycleId = parse.GetValue(cycle), PartyId = parse.GetValue(party) }, cancellationToken: token)), ct));
        return proof;
    }

    private static Option<string?> FormatOption()
    {
        var format = new Option<string?>("--format") { Description = "csv (the payout file) or json; default: a readable summary" };
        format.AcceptOnlyFromAmong("csv", "json");
        return format;
    }

    private static Task WriteAsync(CliSession s, PayoutCycle cycle, string? format) => (s.Json ? "json" : format) switch
    {
        "json" => JsonOutput.WriteAsync(s.Output, cycle),
        "csv" => s.Output.WriteAsync(PayoutPrinter.Csv(cycle)),
        _ => WriteSummaryAsync(s.Output, cycle),
    };

    private static async Task WriteSummaryAsync(TextWriter output, PayoutCycle cycle)
    {
        await PayoutPrinter.WriteSummaryAsync(output, cycle);
        await PayoutPeriodPrinter.WriteAsync(output, cycle);
    }
}
