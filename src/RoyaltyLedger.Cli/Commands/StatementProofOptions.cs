using System.CommandLine;
using System.CommandLine.Parsing;
using RoyaltyLedger.Contracts.V1;

namespace RoyaltyLedger.Cli.Commands;

/// <summary>
/// `royalty statement --with-proofs --out FILE`: the statement with proofs (docs/statement-proofs.md) written to a file
/// for `royalty verify-statement`. The file can be large (every cited journal entry whole), so it goes to a file, not
/// the terminal.
/// </summary>
internal static class StatementProofOptions
{
    public static (Option<bool> WithProofs, Option<FileInfo?> Out) Create() =>
        (new Option<bool>("--with-proofs") { Description = "Write the statement with proofs (JSON) to --out, for `royalty verify-statement`" },
         new Option<FileInfo?>("--out") { Description = "With --with-proofs: the file to write" });

    public static void Validate(CommandResult result)
    {
        var withProofs = result.Children.OfType<OptionResult>().FirstOrDefault(o => o.Option.Name == "--with-proofs");
        var output = result.Children.OfType<OptionResult>().FirstOrDefault(o => o.Option.Name == "--out");
        if (withProofs is not null && withProofs.GetValueOrDefault<bool>() && output is null)
        {
            result.AddError("--with-proofs needs --out FILE: the statement with proofs is written to a file");
        }
        else if (output is not null && (withProofs is null || !withProofs.GetValueOrDefault<bool>()))
        {
            result.AddError("--out is only for --with-proofs");
        }
    }

    public static async Task WriteAsync(CliSession session, GetCreatorStatementRequest request, FileInfo file, CancellationToken cancellationToken)
    {
        var response = await session.Statements.GetCreatorStatementProofsAsync(request, cancellationToken: cancellationToken);
        await File.WriteAllTextAsync(file.FullName, response.Json, cancellationToken);
        await session.Output.WriteLineAsync($"statement with proofs of {request.CreatorId} written to {file.FullName}; check it with: royalty verify-statement {file.Name} --key KEY");
    }
}
