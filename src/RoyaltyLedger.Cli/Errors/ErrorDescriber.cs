using System.Text.RegularExpressions;
using Google.Rpc;
using Grpc.Core;
using CsvHelper;

namespace RoyaltyLedger.Cli.Errors;

/// <summary>
/// Words any failure of a command as one line a user can act on. Nothing here prints a stack trace or an exception's type:
/// a failure the CLI did not foresee still reads as "error: &lt;what happened&gt;".
/// </summary>
internal static partial class ErrorDescriber
{
    public static CliError Describe(Exception exception, string serverAddress) => exception switch
    {
        CliFailure f => new CliError(f.Code, OneLine(f.Message)),
        Import.ImportIncompleteException e => new CliError(CliError.InvalidInput, OneLine(e.Message)),
        Client.UsageStreamConflictException e => new CliError("FAILED_PRECONDITION", OneLine(e.Message)),
        RpcException e => Rpc(e, serverAddress),
        OperationCanceledException => new CliError(CliError.Cancelled, "cancelled before the command finished"),
        FileNotFoundException e => new CliError(CliError.InvalidInput, $"file {e.FileName ?? "?"} does not exist"),
        DirectoryNotFoundException e => new CliError(CliError.InvalidInput, OneLine(e.Message)),
        UnauthorizedAccessException e => new CliError(CliError.InvalidInput, OneLine(e.Message)),
        CsvHelperException e => new CliError(CliError.InvalidInput, $"the CSV file could not be read at row {e.Context?.Parser?.RawRow ?? 0}: {FirstSentence(e.Message)}"),
        InvalidDataException or FormatException or ArgumentException or IOException => new CliError(CliError.InvalidInput, OneLine(exception.Message)),
        HttpRequestException e => new CliError("UNAVAILABLE", $"cannot reach the server at {serverAddress} ({OneLine(e.Message)})"),
        _ => new CliError(CliError.Failed, OneLine(exception.Message)),
    };

    private static CliError Rpc(RpcException e, string serverAddress)
    {
        var code = CodeName(e.StatusCode);
        var detail = OneLine(e.Status.Detail);
        switch (e.StatusCode)
        {
            case Grpc.Core.StatusCode.Unavailable:
                return new CliError(code,
                    $"cannot reach the server at {serverAddress} ({Cause(e)}). Is it running? Start it with: dotnet run --project src/RoyaltyLedger.Server");
            case Grpc.Core.StatusCode.Unauthenticated:
                return new CliError(code,
                    $"{detail.TrimEnd('.')}. Pass --api-key, set {GlobalOptions.ApiKeyVariable}, or run in the server's folder where {GlobalOptions.LocalAdminKeyFile} was written.");
            case Grpc.Core.StatusCode.DeadlineExceeded:
                return new CliError(code, $"the server at {serverAddress} did not answer in time ({detail})");
        }

        var violations = e.GetRpcStatus()?.GetDetail<BadRequest>()?.FieldViolations;
        if (violations is { Count: > 0 })
        {
            var fields = violations.Select(v => (v.Field, OneLine(v.Description))).ToList();
            return new CliError(code, "the server refused the request: " + string.Join("; ", fields.Select(f => $"{f.Field}: {f.Item2}")), fields);
        }

        return new CliError(code, detail.Length == 0 ? $"the server answered {code}" : detail);
    }

    /// <summary>gRPC's canonical name of a status code, e.g. INVALID_ARGUMENT.</summary>
    public static string CodeName(Grpc.Core.StatusCode code) => UpperSnake().Replace(code.ToString(), "$1_$2").ToUpperInvariant();

    /// <summary>Why a call found no server, without the .NET exception text gRPC puts in the status detail.</summary>
    private static string Cause(RpcException e)
    {
        var inner = e.Status.DebugException;
        while (inner?.InnerException is not null)
        {
            inner = inner.InnerException;
        }

        var text = inner?.Message ?? e.Status.Detail;
        return OneLine(ExceptionText().Replace(text, "")).TrimEnd('.');
    }

    /// <summary>Everything on one line: line breaks become spaces, runs of spaces one.</summary>
    public static string OneLine(string? text) => Spaces().Replace((text ?? "").ReplaceLineEndings(" "), " ").Trim();

    private static string FirstSentence(string text)
    {
        var line = (text ?? "").ReplaceLineEndings("\n").Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        return line.Length == 0 ? "" : line[0];
    }

    [GeneratedRegex(@"\s+")]
    private static partial Regex Spaces();

    [GeneratedRegex("([a-z])([A-Z])")]
    private static partial Regex UpperSnake();

    // gRPC's detail reads e.g. "Error starting gRPC call. HttpRequestException: Connection refused (127.0.0.1:1) SocketException: ...".
    [GeneratedRegex(@"\b[A-Z]\w*Exception:\s*")]
    private static partial Regex ExceptionText();
}
