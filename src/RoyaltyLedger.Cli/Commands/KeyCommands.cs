using System.CommandLine;
using RoyaltyLedger.Cli.Rendering;
using RoyaltyLedger.Contracts.V1;

namespace RoyaltyLedger.Cli.Commands;

internal static class KeyCommands
{
    public static Command Create()
    {
        var keys = new Command("keys", "API keys: each bound to a role and the party it acts for");

        var role = new Option<string>("--role") { Description = "admin, society, operator, rightsholder or creator", Required = true };
        role.AcceptOnlyFromAmong("admin", "society", "operator", "rightsholder", "creator");
        var party = new Option<string>("--party") { Description = "The operator, creator, rightsholder or society id the key acts for" };
        var label = new Option<string>("--label") { Description = "A note on who holds the key" };
        var create = new Command("create", "Create a key; its secret is shown once") { role, party, label };
        create.SetAction((parse, ct) => CliSession.RunAsync(parse, async (s, token) =>
        {
            var response = await s.Access.CreateApiKeyAsync(new CreateApiKeyRequest
            {
                Role = Enum.Parse<Role>(parse.GetValue(role)!, ignoreCase: true),
                PartyId = parse.GetValue(party) ?? "",
                Label = parse.GetValue(label) ?? "",
            }, cancellationToken: token);
            await (s.Json
                ? JsonOutput.WriteAsync(s.Output, response)
                : s.Output.WriteLineAsync($"{response.SecretKey}\n(key {response.Key.KeyId}, {parse.GetValue(role)} {response.Key.PartyId}; shown once, store it now)"));
        }, ct));

        var list = new Command("list", "List keys (never their secrets)");
        list.SetAction((parse, ct) => CliSession.RunAsync(parse, async (s, token) =>
        {
            var response = await s.Access.ListApiKeysAsync(new ListApiKeysRequest(), cancellationToken: token);
            if (s.Json)
            {
                await JsonOutput.WriteAsync(s.Output, response);
                return;
            }

            var table = new Table("KEY", "ROLE", "PARTY", "LABEL", "STATUS");
            foreach (var k in response.Keys)
            {
                table.Add(k.KeyId, EnumNames.Of(k.Role), k.PartyId, k.Label, k.RevokedAt is null ? "active" : "revoked");
            }

            await table.WriteAsync(s.Output);
        }, ct));

        var id = new Option<string>("--id") { Description = "Key id", Required = true };
        var revoke = new Command("revoke", "Revoke a key") { id };
        revoke.SetAction((parse, ct) => CliSession.RunAsync(parse, async (s, token) =>
        {
            var key = await s.Access.RevokeApiKeyAsync(new RevokeApiKeyRequest { KeyId = parse.GetValue(id) }, cancellationToken: token);
            await (s.Json ? JsonOutput.WriteAsync(s.Output, key) : s.Output.WriteLineAsync($"revoked key {key.KeyId}"));
        }, ct));

        var whoami = new Command("whoami", "Show the key in use");
        whoami.SetAction((parse, ct) => CliSession.RunAsync(parse, async (s, token) =>
        {
            var key = await s.Access.WhoAmIAsync(new WhoAmIRequest(), cancellationToken: token);
            await (s.Json ? JsonOutput.WriteAsync(s.Output, key) : s.Output.WriteLineAsync($"key {key.KeyId}: {EnumNames.Of(key.Role)} {key.PartyId}".TrimEnd()));
        }, ct));

        keys.Subcommands.Add(create);
        keys.Subcommands.Add(list);
        keys.Subcommands.Add(revoke);
        keys.Subcommands.Add(whoami);
        return keys;
    }
}
