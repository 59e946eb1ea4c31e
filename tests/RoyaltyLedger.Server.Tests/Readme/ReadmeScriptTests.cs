namespace RoyaltyLedger.Server.Tests.Readme;

/// <summary>How README blocks are read into commands, files and expected outputs, and how outputs compare.</summary>
public sealed class ReadmeScriptTests
{
    private const string Fence = "```";

    [Fact]
    public void Parse_ContinuationsCommentsAndBlankLines_OneCommandPerLogicalLine()
    {
        var script = ReadmeScript.Parse($"""
            Intro.

            {Fence}sh
            # a comment
            royalty demo   # trailing comment

            royalty works add --id a \
              --title "A"
            {Fence}
            """);

        Assert.Equal([(5, "royalty demo   # trailing comment"), (7, "royalty works add --id a \\\n  --title \"A\"")],
            script.Commands.Select(c => (c.Line, c.Text)));
        Assert.All(script.Commands, c => Assert.Equal(4, c.Block));
    }

    [Fact]
    public void Parse_TextBlocksAfterAnShBlock_ExpectedOutputOfItsLastCommandWithExitCode()
    {
        var script = ReadmeScript.Parse($"""
            {Fence}sh
            royalty one
            royalty two
            {Fence}
            It prints:
            {Fence}text exit=1
            line a
            {Fence}
            and then:
            {Fence}text
            line b
            {Fence}
            """);

        var commands = script.Commands.ToList();
        Assert.Null(commands[0].Expected);
        Assert.Equal(0, commands[0].ExpectedExit);
        Assert.Equal(["line a", "line b"], commands[1].Expected);
        Assert.Equal(1, commands[1].ExpectedExit);
        Assert.Equal(7, commands[1].ExpectedLine);
    }

    [Fact]
    public void Parse_NoTestBlockAndFileBlock_SkippedAndWrittenInOrder()
    {
        var script = ReadmeScript.Parse($"""
            {Fence}sh no-test
            dotnet run --project src/RoyaltyLedger.Server
            {Fence}
            {Fence}csv file=usage.csv
            event_id,model_id
            {Fence}
            {Fence}sh
            royalty usage send usage.csv
            {Fence}
            {Fence}csharp
            var x = 1;
            {Fence}
            """);

        Assert.Equal("dotnet run --project src/RoyaltyLedger.Server", Assert.Single(script.Skipped).FirstLine);
        Assert.Collection(script.Steps,
            s => Assert.Equal(new ReadmeFile(5, "usage.csv", "event_id,model_id\n"), s),
            s => Assert.Equal("royalty usage send usage.csv", Assert.IsType<ReadmeCommand>(s).Text));
    }

    [Theory]
    [InlineData("```sh no-test\nx\n```\n```text\ny\n```", "README line 5: a text block must follow a tested sh block (its last command's output); the sh block at line 2 is no-test")]
    [InlineData("```text\ny\n```", "README line 2: a text block must follow a tested sh block (its last command's output); none precedes it")]
    [InlineData("```sh\nx \\\n```", "README line 2: the command ends in a backslash with no line after it")]
    [InlineData("```sh\n# only a comment\n```", "README line 2: the sh block holds no command")]
    [InlineData("```sh\nx\n", "README line 1: the fence is never closed")]
    [InlineData("```sh\nx\n```\n```text exit=one\ny\n```", "README line 4: exit=one is not a number")]
    [InlineData("```csv file=../x.csv\ny\n```", "README line 1: file=../x.csv must be a plain file name")]
    public void Parse_MalformedBlocks_RefusedNamingTheLine(string markdown, string message) =>
        Assert.Equal(message, Assert.Throws<FormatException>(() => ReadmeScript.Parse(markdown)).Message);

    [Theory]
    [InlineData("a\nb", "a\nb  \n\n", true)]
    [InlineData("a\nb", "a\nb\nc", false)]
    [InlineData("a\n...", "a\nb\nc", true)]
    [InlineData("...\nc", "a\nb\nc", true)]
    [InlineData("a\n...\nc", "a\nc", true)]
    [InlineData("a\n...\nc", "a\nb\nd", false)]
    [InlineData("root 3b5a…, entry 2", "root 3b5abfcc99, entry 2", true)]
    [InlineData("root 3b5a…, entry 2", "root 3b5abfcc99, entry 3", false)]
    [InlineData("…", "", false)]
    [InlineData("x (y) [z] $ *", "x (y) [z] $ *", true)]
    public void Matches_PatternAgainstOutput_EllipsisLinesSkipAnyLinesAndInlineEllipsisAnyText(string pattern, string actual, bool matches) =>
        Assert.Equal(matches, OutputPattern.Matches(pattern.Split('\n'), actual));
}
