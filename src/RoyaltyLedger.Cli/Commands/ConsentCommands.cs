using System.CommandLine;
using RoyaltyLedger.Cli.Rendering;
using RoyaltyLedger.Contracts.V1;

namespace RoyaltyLedger.Cli.Commands;

internal static class ConsentCommands
{
    public static Command Create()
    {
        var consent = new Command("consent", "A creator's consent to AI uses: granted, refused, or not given (the default)");
        var creator = new Option<string>("--creator") { Description = "Creator id", Required = true };

        var use = new Option<string>("--use") { Description = string.Join(", ", UseNames.All), Required = true };
        use.AcceptOnlyFromAmong(UseNames.All);
        var decision = new Option<string>("--decision") { Description = "granted, refused or not-given", Required = true };
        decision.AcceptOnlyFromAmong("granted", "refused", "not-given");
        var work = new Option<string>("--work") { Description = "One work; default: all the creator's works" };
        var op = new Option<string>("--operator") { Description = "One operator; default: any operator" };
        var set = new Command("set", "Record a decision; earlier ones stay on file") { creator, use, decision, work, op };
        set.SetAction((parse, ct) => CliSession.RunAsync(parse, async (s, token) =>
        {
            var record = await s.Consents.RecordConsentAsync(new RecordConsentRequest
            {
                CreatorId = parse.GetValue(creator),
                Use = UseNames.Parse(parse.GetValue(use)!),
                Decision = parse.GetValue(decision) switch
                {
                    "granted" => ConsentDecision.Granted,
                    "refused" => ConsentDecision.Refused,
                    _ => ConsentDecision.NotGiven,
                },
                WorkId = parse.GetValue(work) ?? "",
                OperatorId = parse.GetValue(op) ?? "",
            }, cancellationToken: token);
            await (s.Json ? JsonOutput.WriteAsync(s.Output, record) : s.Output.WriteLineAsync($"recorded consent #{record.Sequence}: {Describe(record)}"));
        }, ct));

        var history = new Option<bool>("--history") { Description = "Every decision ever recorded, not only those in force" };
        var list = new Command("list", "A creator's consent decisions") { creator, history };
        list.SetAction((parse, ct) => CliSession.RunAsync(parse, async (s, token) =>
        {
            var response = await AllPages.ReadAsync(
                t => s.Consents.ListConsentsAsync(
                    new ListConsentsRequest { CreatorId = parse.GetValue(creator), IncludeHistory = parse.GetValue(history), PageSize = AllPages.PageSize, PageToken = t },
                    cancellationToken: token).ResponseAsync,
                r => r.NextPageToken, (all, more) => { all.Consents.Add(more.Consents); all.NextPageToken = more.NextPageToken; });
            if (s.Json)
            {
                await JsonOutput.WriteAsync(s.Output, response);
                return;
            }

            var table = new Table("#", "WORK", "USE", "OPERATOR", "DECISION", "RECORDED", "BY").AlignRight(0);
            foreach (var c in response.Consents)
            {
                table.Add(c.Sequence, c.WorkId.Length == 0 ? "(all works)" : c.WorkId, UseNames.Of(c.Use),
                    c.OperatorId.Length == 0 ? "(any)" : c.OperatorId, DecisionName(c.Decision), c.RecordedAt.ToDateTimeOffset().ToString("u", System.Globalization.CultureInfo.InvariantCulture), c.RecordedBy);
            }

            await table.WriteAsync(s.Output);
        }, ct));

        consent.Subcommands.Add(set);
        consent.Subcommands.Add(list);
        return consent;
    }

    private static string DecisionName(ConsentDecision d) => d switch
    {
        ConsentDecision.Granted => "granted",
        ConsentDecision.Refused => "refused",
        _ => "not given",
    };

    private static string Describe(ConsentRecord c) =>
        $"{c.CreatorId} {DecisionName(c.Decision)} {UseNames.Of(c.Use)} of {(c.WorkId.Length == 0 ? "all works" : c.WorkId)} by {(c.OperatorId.Length == 0 ? "any operator" : c.OperatorId)}";
}
