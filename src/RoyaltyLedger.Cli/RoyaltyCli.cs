using System.CommandLine;
using System.CommandLine.Invocation;
using RoyaltyLedger.Cli.Commands;
using RoyaltyLedger.Cli.Errors;

namespace RoyaltyLedger.Cli;

/// <summary>The `royalty` command line: a gRPC client of the RoyaltyLedger server.</summary>
public static class RoyaltyCli
{
    /// <summary>
    /// Runs one command line. Every failure, whether the parser refused the line, the server refused the call or something
    /// unforeseen broke, is one line on <paramref name="error"/> (JSON with --json) and a non-zero exit code; never a stack trace.
    /// </summary>
    public static async Task<int> RunAsync(string[] args, TextWriter output, TextWriter error, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(args);
        ArgumentNullException.ThrowIfNull(error);
        ParseResult parse;
        try
        {
            parse = CreateRoot().Parse(args);
        }
        catch (InvalidOperationException ex)
        {
            // A value one of the options' own checks could not read; the parser reports it by throwing.
            await ErrorWriter.WriteAsync(error, args.Contains("--json", StringComparer.Ordinal),
                new CliError(CliError.Usage, $"{UsageErrors.Reword(ex.Message, [])} (see: royalty --help)"));
            return 1;
        }

        var json = JsonRequested(parse, args);
        if (parse.Action is ParseErrorAction)
        {
            var usage = UsageErrors.Describe(parse);
            await ErrorWriter.WriteAsync(error, json, usage);
            return usage.ExitCode;
        }

        var configuration = new InvocationConfiguration { Output = output, Error = error, EnableDefaultExceptionHandler = false };
        try
        {
            return await parse.InvokeAsync(configuration, cancellationToken);
        }
        catch (Exception ex)
        {
            var failure = ErrorDescriber.Describe(ex, ServerOf(parse));
            await ErrorWriter.WriteAsync(error, json, failure);
            return failure.ExitCode;
        }
    }

    /// <summary>The whole command tree, for the CLI and for tests that walk every command.</summary>
    internal static RootCommand CreateRoot()
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
        root.Subcommands.Add(BankAccountCommands.Parties());
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
        root.Subcommands.Add(VerifyStatementCommand.Create());
        root.Subcommands.Add(StatementCommand.Create());
        root.Subcommands.Add(RemovalCommands.Create());
        root.Subcommands.Add(LedgerCommands.Create());
        root.Subcommands.Add(LogCommands.Create());
        root.Subcommands.Add(VerifyConsistencyCommand.Create());
        root.Subcommands.Add(WitnessCommand.Create());
        return root;
    }

    /// <summary>Whether errors are to be JSON: --json as parsed, or as typed when the line did not parse.</summary>
    private static bool JsonRequested(ParseResult parse, string[] args)
    {
        try
        {
            return parse.GetValue(GlobalOptions.Json);
        }
        catch (InvalidOperationException)
        {
            return args.Contains("--json", StringComparer.Ordinal);
        }
    }

    private static string ServerOf(ParseResult parse)
    {
        try
        {
            return ServerAddress.Normalize(parse.GetValue(GlobalOptions.Server), out _) ?? GlobalOptions.DefaultServer;
        }
        catch (InvalidOperationException)
        {
            return GlobalOptions.DefaultServer;
        }
    }
}
