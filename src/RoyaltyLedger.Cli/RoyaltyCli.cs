using System.CommandLine;
using RoyaltyLedger.Cli.Commands;

namespace RoyaltyLedger.Cli;

/// <summary>The `royalty` command line: a gRPC client of the RoyaltyLedger server.</summary>
public static class RoyaltyCli
{
    public static Task<int> RunAsync(string[] args, TextWriter output, TextWriter error, CancellationToken cancellationToken = default)
    {
        var root = new RootCommand("royalty: register works, stream AI usage and read creator statements on a RoyaltyLedger server");
        root.Options.Add(GlobalOptions.Server);
        root.Options.Add(GlobalOptions.Json);
        root.Options.Add(GlobalOptions.ApiKey);
        root.Subcommands.Add(KeyCommands.Create());
        root.Subcommands.Add(ConsentCommands.Create());
        root.Subcommands.Add(LicenceCommands.Create());
        root.Subcommands.Add(PartyCommands.Rightsholders());
        root.Subcommands.Add(PartyCommands.Societies());
        root.Subcommands.Add(DemoCommand.Create());
        root.Subcommands.Add(CreatorCommands.Create());
        root.Subcommands.Add(OperatorCommands.Create());
        root.Subcommands.Add(ModelCommands.Create());
        root.Subcommands.Add(WorkCommands.Create());
        root.Subcommands.Add(Import.SplitImportCommand.Create());
        root.Subcommands.Add(UsageCommands.Create());
        root.Subcommands.Add(ManifestCommands.Create());
        root.Subcommands.Add(PayoutCommands.Create());
        root.Subcommands.Add(ClaimCommands.Create());
        root.Subcommands.Add(SuspenseCommands.Suspense());
        root.Subcommands.Add(VerifyProofCommand.Create());
        root.Subcommands.Add(StatementCommand.Create());
        root.Subcommands.Add(RemovalCommands.Create());
        root.Subcommands.Add(LedgerCommands.Create());
        var configuration = new InvocationConfiguration { Output = output, Error = error };
        return root.Parse(args).InvokeAsync(configuration, cancellationToken);
    }
}
