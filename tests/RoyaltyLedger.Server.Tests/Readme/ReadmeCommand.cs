namespace RoyaltyLedger.Server.Tests.Readme;

/// <summary>
/// A shell command at a README line, in the sh block whose content starts at line <paramref name="Block"/>, with the
/// output the README shows for it (null: not shown, only the exit code is checked) and the exit code it must end with.
/// </summary>
public sealed record ReadmeCommand(int Block, int Line, string Text) : ReadmeStep(Line)
{
    public IReadOnlyList<string>? Expected { get; init; }

    public int ExpectedExit { get; init; }

    /// <summary>The README line of the first text block that shows the output.</summary>
    public int? ExpectedLine { get; init; }
}
