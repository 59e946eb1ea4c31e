using RoyaltyLedger.Cli.Usage;
using RoyaltyLedger.Client;

namespace RoyaltyLedger.Server.Tests.UsageClient;

/// <summary>The end-of-run report of `royalty usage send`: bounded, ordered by line, with the exit code.</summary>
public sealed class SendReportTests
{
    [Fact]
    public async Task Write_TwentyFiveProblemsOutOfOrder_ListsTheFirstTwentyByLineThenHowManyMore()
    {
        var report = new SendReport("/data/usage.csv", "op/file-usage.csv-0123456789ab", 1_000);
        foreach (var line in Enumerable.Range(2, 25).Reverse())
        {
            report.Read();
            report.AddMalformed(new RowProblem(line, "units", $"units 'x{line}' is not a whole number"));
        }

        using var output = new StringWriter();
        await report.WriteAsync(output);

        var lines = output.ToString().ReplaceLineEndings("\n").Split('\n');
        var listed = lines.SkipWhile(l => l != "25 rows not counted:").Skip(1).ToList();
        Assert.Equal(SendReport.ExitSomeRowsNotCounted, report.ExitCode);
        Assert.Equal("  line 2, units: units 'x2' is not a whole number (malformed, not sent)", listed[0]);
        Assert.Equal("  line 21, units: units 'x21' is not a whole number (malformed, not sent)", listed[19]);
        Assert.Equal("  and 5 more", listed[20]);
    }

    [Fact]
    public void ExitCode_OnlyDuplicatesAndHeld_IsZero()
    {
        var report = new SendReport("usage.csv", "op/s", 1_000) { Ledger = new UsageProgress(10, 4, 0, 4, 0, 6, 2, 0) };

        Assert.Equal(0, report.ExitCode);
    }
}
