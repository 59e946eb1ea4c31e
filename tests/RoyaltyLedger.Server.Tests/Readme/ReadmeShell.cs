using System.Diagnostics;
using System.Text;

namespace RoyaltyLedger.Server.Tests.Readme;

/// <summary>
/// Runs README commands one at a time in bash, as a user typing them in one terminal would: variables exported and the
/// folder changed by one command hold for the next. <c>royalty</c> is the built CLI (royalty.dll in the CLI project's build output)
/// called with <c>--server</c> set to the test's server. The README's server address (127.0.0.1:5080) and tour folder
/// are replaced by the test's in each command, and back in its output, so outputs compare with the README's text.
/// Standard error is merged into standard output, in the order written.
/// </summary>
public sealed class ReadmeShell
{
    /// <summary>The address the README's examples call (the server's default).</summary>
    public const string ReadmeAddress = "127.0.0.1:5080";

    /// <summary>The folder the README's tour works in.</summary>
    public const string ReadmeTourFolder = "/tmp/royalty-tour";

    private readonly string _stateFolder;
    private readonly string _tourFolder;
    private readonly string _address;

    /// <param name="tourFolder">Stands for the README's tour folder; the server's data folder is its data/.</param>
    /// <param name="startFolder">Where the first command runs (stands for the repository root).</param>
    /// <param name="serverAddress">The test server, e.g. http://127.0.0.1:41234.</param>
    public ReadmeShell(string tourFolder, string startFolder, string serverAddress)
    {
        _tourFolder = tourFolder;
        _address = new Uri(serverAddress).Authority;
        _stateFolder = Directory.CreateDirectory(Path.Combine(Path.GetDirectoryName(tourFolder)!, "shell-state")).FullName;
        File.WriteAllText(Path.Combine(_stateFolder, "cwd"), startFolder);
        File.WriteAllText(Path.Combine(_stateFolder, "env"), "");
    }

    public string CurrentFolder => File.ReadAllText(Path.Combine(_stateFolder, "cwd")).Trim();

    /// <summary>Runs one command; returns its exit code and its output, with the test's address and folder spelled as the README spells them.</summary>
    public async Task<(int Exit, string Output)> RunAsync(string command, TimeSpan limit)
    {
        var script = Path.Combine(_stateFolder, "command.sh");
        await File.WriteAllTextAsync(script, Script(Substitute(command)));
        var start = new ProcessStartInfo("bash") { RedirectStandardOutput = true, RedirectStandardError = true, RedirectStandardInput = true };
        start.ArgumentList.Add("--noprofile");
        start.ArgumentList.Add("--norc");
        start.ArgumentList.Add(script);
        start.Environment.Remove("ROYALTY_API_KEY");
        start.Environment["README_STATE"] = _stateFolder;
        start.Environment["README_ROYALTY_DLL"] = CliDll();
        start.Environment["README_DOTNET"] = Dotnet();
        start.Environment["README_SERVER"] = "http://" + _address;
        start.Environment["DOTNET_NOLOGO"] = "1";
        using var process = Process.Start(start) ?? throw new InvalidOperationException("bash did not start");
        process.StandardInput.Close();
        var output = new StringBuilder();
        var read = Task.WhenAll(CopyAsync(process.StandardOutput, output), CopyAsync(process.StandardError, output));
        using var bounded = new CancellationTokenSource(limit);
        try
        {
            await process.WaitForExitAsync(bounded.Token);
            await read;
        }
        catch (OperationCanceledException)
        {
            process.Kill(entireProcessTree: true);
            return (-1, $"{Unsubstitute(output.ToString())}\n(still running after {limit.TotalSeconds:N0} s: killed)");
        }

        return (process.ExitCode, Unsubstitute(output.ToString()));
    }

    public string Substitute(string text) => text.Replace(ReadmeAddress, _address, StringComparison.Ordinal).Replace(ReadmeTourFolder, _tourFolder, StringComparison.Ordinal);

    private string Unsubstitute(string text) => text.Replace(_address, ReadmeAddress, StringComparison.Ordinal).Replace(_tourFolder, ReadmeTourFolder, StringComparison.Ordinal);

    private static string Script(string command) =>
        // Standard error joins standard output so that messages keep their place. The state files carry exported
        // variables and the current folder from one command to the next. A non-interactive bash expands no aliases,
        // so the README's `alias royalty=...` line is harmless and the function below is what runs.
        $$"""
        exec 2>&1
        . "$README_STATE/env"
        cd "$(cat "$README_STATE/cwd")" || exit 97
        royalty() { "$README_DOTNET" "$README_ROYALTY_DLL" "$@" --server "$README_SERVER"; }
        {{command}}
        readme_exit=$?
        export -p > "$README_STATE/env"
        pwd > "$README_STATE/cwd"
        exit $readme_exit
        """;

    private static async Task CopyAsync(StreamReader reader, StringBuilder into)
    {
        var buffer = new char[4096];
        int read;
        while ((read = await reader.ReadAsync(buffer)) > 0)
        {
            lock (into)
            {
                into.Append(buffer, 0, read);
            }
        }
    }

    /// <summary>
    /// The CLI in its own build output (a project reference builds it): the copy beside the tests runs with the tests'
    /// dependencies, which lack what the CLI loads from its own (e.g. Microsoft.Extensions.Logging.Abstractions).
    /// </summary>
    private static string CliDll()
    {
        var configuration = AppContext.BaseDirectory.Contains($"{Path.DirectorySeparatorChar}Release{Path.DirectorySeparatorChar}", StringComparison.Ordinal) ? "Release" : "Debug";
        var dll = Infrastructure.RepositoryRoot.Combine("src", "RoyaltyLedger.Cli", "bin", configuration, "net10.0", "royalty.dll");
        return File.Exists(dll) ? dll : throw new FileNotFoundException("build the CLI first (dotnet build)", dll);
    }

    /// <summary>The dotnet host running the tests (set by the dotnet CLI for the processes it starts), else dotnet on PATH.</summary>
    private static string Dotnet() => Environment.GetEnvironmentVariable("DOTNET_HOST_PATH") is { Length: > 0 } host ? host : "dotnet";
}
