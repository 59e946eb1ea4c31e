using System.CommandLine;
using RoyaltyLedger.Cli.Rendering;
using RoyaltyLedger.Contracts.V1;

namespace RoyaltyLedger.Cli.Commands;

/// <summary>Rightsholders and collecting societies.</summary>
internal static class PartyCommands
{
    public static Command Rightsholders()
    {
        var command = new Command("rightsholders", "Publishers, labels and agencies holding rights in works");
        var id = new Option<string>("--id") { Description = "Rightsholder id", Required = true };
        var name = new Option<string>("--name") { Description = "Display name", Required = true };
        var kind = new Option<string>("--kind") { Description = "publisher, label or agency", Required = true };
        kind.AcceptOnlyFromAmong("publisher", "label", "agency");
        var add = new Command("add", "Register a rightsholder") { id, name, kind };
        add.SetAction((parse, ct) => CliSession.RunAsync(parse, async (s, token) =>
        {
            var r = await s.Registry.RegisterRightsholderAsync(new RegisterRightsholderRequest
            {
                RightsholderId = parse.GetValue(id), DisplayName = parse.GetValue(name), Kind = parse.GetValue(kind),
            }, cancellationToken: token);
            await (s.Json ? JsonOutput.WriteAsync(s.Output, r) : s.Output.WriteLineAsync($"registered {r.Kind} {r.RightsholderId} ({r.DisplayName})"));
        }, ct));
        var list = new Command("list", "List rightsholders");
        list.SetAction((parse, ct) => CliSession.RunAsync(parse, async (s, token) =>
        {
            var response = await AllPages.ReadAsync(
                t => s.Registry.ListRightsholdersAsync(new ListRightsholdersRequest { PageSize = AllPages.PageSize, PageToken = t }, cancellationToken: token).ResponseAsync,
                r => r.NextPageToken, (all, more) => { all.Rightsholders.Add(more.Rightsholders); all.NextPageToken = more.NextPageToken; });
            var table = new Table("RIGHTSHOLDER", "NAME", "KIND");
            response.Rightsholders.ToList().ForEach(r => table.Add(r.RightsholderId, r.DisplayName, r.Kind));
            await (s.Json ? JsonOutput.WriteAsync(s.Output, response) : table.WriteAsync(s.Output));
        }, ct));
        command.Subcommands.Add(add);
        command.Subcommands.Add(list);
        return command;
    }

    public static Command Societies()
    {
        var command = new Command("societies", "Collecting societies, their commission, members and unlicensed tariffs");
        var id = new Option<string>("--id") { Description = "Society id", Required = true };
        var name = new Option<string>("--name") { Description = "Display name", Required = true };
        var commission = new Option<uint>("--commission-bps") { Description = "Commission in basis points (0 to 10000)", Required = true };
        var add = new Command("add", "Register a society") { id, name, commission };
        var schedule = SocietyScheduleCommands.ForRegistration();
        schedule.AddTo(add);
        add.SetAction((parse, ct) => CliSession.RunAsync(parse, async (s, token) =>
        {
            var society = await s.Registry.RegisterSocietyAsync(new RegisterSocietyRequest
            {
                SocietyId = parse.GetValue(id), DisplayName = parse.GetValue(name), CommissionBps = parse.GetValue(commission),
                PayoutSchedule = schedule.Read(parse),
            }, cancellationToken: token);
            await (s.Json ? JsonOutput.WriteAsync(s.Output, society) : s.Output.WriteLineAsync($"registered society {society.SocietyId} ({society.CommissionBps} bps commission)"));
        }, ct));
        var list = new Command("list", "List societies");
        list.SetAction((parse, ct) => CliSession.RunAsync(parse, async (s, token) =>
        {
            var response = await AllPages.ReadAsync(
                t => s.Registry.ListSocietiesAsync(new ListSocietiesRequest { PageSize = AllPages.PageSize, PageToken = t }, cancellationToken: token).ResponseAsync,
                r => r.NextPageToken, (all, more) => { all.Societies.Add(more.Societies); all.NextPageToken = more.NextPageToken; });
            var table = new Table("SOCIETY", "NAME", "COMMISSION (bps)").AlignRight(2);
            response.Societies.ToList().ForEach(x => table.Add(x.SocietyId, x.DisplayName, x.CommissionBps));
            await (s.Json ? JsonOutput.WriteAsync(s.Output, response) : table.WriteAsync(s.Output));
        }, ct));
        command.Subcommands.Add(add);
        command.Subcommands.Add(list);
        command.Subcommands.Add(Members());
        command.Subcommands.Add(SocietyScheduleCommands.Set());
        command.Subcommands.Add(SocietyTariffCommands.Set());
        command.Subcommands.Add(SocietyTariffCommands.List());
        command.Subcommands.Add(BankAccountCommands.SetSociety());
        return command;
    }

    private static Command Members()
    {
        var society = new Option<string>("--society") { Description = "Society id", Required = true };
        var member = new Option<string>("--member") { Description = "Creator or rightsholder id", Required = true };
        var members = new Command("members", "A society's members");
        var add = new Command("add", "Add a creator or rightsholder as a member") { society, member };
        add.SetAction((parse, ct) => CliSession.RunAsync(parse, async (s, token) =>
        {
            var m = await s.Registry.AddSocietyMemberAsync(new AddSocietyMemberRequest { SocietyId = parse.GetValue(society), MemberId = parse.GetValue(member) }, cancellationToken: token);
            await (s.Json ? JsonOutput.WriteAsync(s.Output, m) : s.Output.WriteLineAsync($"{m.MemberKind} {m.MemberId} is a member of {m.SocietyId}"));
        }, ct));
        var list = new Command("list", "List members") { society };
        list.SetAction((parse, ct) => CliSession.RunAsync(parse, async (s, token) =>
        {
            var response = await s.Registry.ListSocietyMembersAsync(new ListSocietyMembersRequest { SocietyId = parse.GetValue(society) }, cancellationToken: token);
            var table = new Table("MEMBER", "KIND");
            response.Members.ToList().ForEach(m => table.Add(m.MemberId, m.MemberKind));
            await (s.Json ? JsonOutput.WriteAsync(s.Output, response) : table.WriteAsync(s.Output));
        }, ct));
        members.Subcommands.Add(add);
        members.Subcommands.Add(list);
        return members;
    }
}
