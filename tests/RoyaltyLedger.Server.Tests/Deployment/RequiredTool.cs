using System.Diagnostics;

namespace RoyaltyLedger.Server.Tests.Deployment;

/// <summary>
/// A command-line tool a deployment test needs (kubectl, node, npm, promtool). A missing tool fails the test with the
/// command that installs it; it is never skipped. .ci/run installs each of them.
/// </summary>
public sealed record RequiredTool(string Name, string Install)
{
    public static readonly RequiredTool Kubectl = new("kubectl",
        "kubectl (with kustomize) is missing: install it, e.g. `apt-get install -y kubectl` from the Kubernetes apt repository, or Debian's kubernetes-client; .ci/run does this");

    public static readonly RequiredTool Node = new("node", "node is missing: install Debian's nodejs and npm (`apt-get install -y nodejs npm`); .ci/run does this");

    public static readonly RequiredTool Npm = new("npm", "npm is missing: install Debian's nodejs and npm (`apt-get install -y nodejs npm`); .ci/run does this");

    public static readonly RequiredTool Promtool = new("promtool",
        "promtool is missing: install Debian's prometheus package (`apt-get install -y --no-install-recommends prometheus`); .ci/run does this");

    /// <summary>The longest any one tool call may take before the test fails naming it.</summary>
    private static readonly TimeSpan Limit = TimeSpan.FromMinutes(5);

    /// <summary>Runs the tool to completion and returns its exit code and output; fails the test if the tool is not installed.</summary>
    public async Task<ToolResult> RunAsync(string? workingDirectory, params string[] arguments)
    {
        var path = Locate() ?? throw new Xunit.Sdk.XunitException($"{Name} not found on PATH. {Install}");
        var start = new ProcessStartInfo(path)
        {
            WorkingDirectory = workingDirectory ?? Environment.CurrentDirectory,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        using var process = Process.Start(start) ?? throw new InvalidOperationException($"{Name} did not start");
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        using var timeout = new CancellationTokenSource(Limit);
        try
        {
            await process.WaitForExitAsync(timeout.Token);
        }
        catch (OperationCanceledException)
        {
            process.Kill(entireProcessTree: true);
            throw new Xunit.Sdk.XunitException($"{Name} {string.Join(' ', arguments)} ran longer than {Limit}");
        }

        return new ToolResult(process.ExitCode, await output, await error);
    }

    private string? Locate()
    {
        var folders = (Environment.GetEnvironmentVariable("PATH") ?? string.Empty).Split(Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries);
        return folders.Select(f => Path.Combine(f, Name)).FirstOrDefault(File.Exists);
    }
}
