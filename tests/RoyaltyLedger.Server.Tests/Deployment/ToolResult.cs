namespace RoyaltyLedger.Server.Tests.Deployment;

/// <summary>What a tool printed and how it exited.</summary>
public sealed record ToolResult(int ExitCode, string Output, string Error)
{
    public override string ToString() => $"exit {ExitCode}; stdout: {Output}; stderr: {Error}";
}
