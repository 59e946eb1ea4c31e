using System.CommandLine;
using Google.Protobuf.WellKnownTypes;
using RoyaltyLedger.Cli.Rendering;
using RoyaltyLedger.Contracts.V1;

namespace RoyaltyLedger.Cli.Commands;

/// <summary>`royalty claims settle`: an operator accepts the claims for unlicensed uses of some works.</summary>
internal static class ClaimCommands
{
    public static Command Create()
    {
        var id = new Option<string>("--id") { Description = "The settlement's id; repeating it changes nothing", Required = true };
        var op = new Option<string>("--operator") { Description = "The operator whose claims are settled", Required = true };
        var work = new Option<string[]>("--work") { Description = "A work whose claims are settled (repeat, 1 to 1,000)", Required = true };
        var through = new Option<DateTimeOffset>("--through") { Description = "Uses up to this time (ISO 8601) are settled", Required = true };
        var note = new Option<string>("--note") { Description = "Why, e.g. the agreement's reference", Required = true };
        var settle = new Command("settle",
            "Settle claims: the works' unlicensed uses up to --through are paid at the society's unlicensed tariff; the ledger re-rates them and posts the difference")
        {
            id, op, work, through, note,
        };
        settle.SetAction((parse, ct) => CliSession.RunAsync(parse, async (s, token) =>
        {
            var request = new SettleClaimsRequest
            {
                SettlementId = parse.GetValue(id), OperatorId = parse.GetValue(op), Note = parse.GetValue(note),
                SettledThrough = Timestamp.FromDateTimeOffset(parse.GetValue(through)),
            };
            request.WorkIds.AddRange(parse.GetValue(work) ?? []);
            var settled = await new Claims.ClaimsClient(s.Invoker).SettleClaimsAsync(request, cancellationToken: token);
            await (s.Json ? JsonOutput.WriteAsync(s.Output, settled)
                : s.Output.WriteLineAsync($"settlement {settled.SettlementId}: claims on {settled.OperatorId} for {settled.WorkIds.Count} works settled through {settled.SettledThrough.ToDateTimeOffset():O}; the works are being re-rated"));
        }, ct));
        var claims = new Command("claims", "Claims for unlicensed and refused uses");
        claims.Subcommands.Add(settle);
        return claims;
    }
}
