namespace RoyaltyLedger.Server.Tests.Deployment;

/// <summary>A deployment test whose tool is missing fails, saying how to install it; it never skips.</summary>
public sealed class RequiredToolTests
{
    [Fact]
    public async Task RunAsync_ToolNotOnPath_FailsNamingToolAndInstallCommand()
    {
        var missing = new RequiredTool("royaltyledger-no-such-tool", "install it with `apt-get install -y no-such-package`");

        var failure = await Assert.ThrowsAsync<Xunit.Sdk.XunitException>(() => missing.RunAsync(null, "--version"));

        Assert.Equal("royaltyledger-no-such-tool not found on PATH. install it with `apt-get install -y no-such-package`", failure.Message);
    }

    [Fact]
    public async Task RunAsync_ToolPresent_ReturnsExitCodeAndOutput()
    {
        var result = await RequiredTool.Node.RunAsync(null, "-e", "process.stdout.write('out'); process.stderr.write('err'); process.exit(3)");

        Assert.Equal(new ToolResult(3, "out", "err"), result);
    }
}
