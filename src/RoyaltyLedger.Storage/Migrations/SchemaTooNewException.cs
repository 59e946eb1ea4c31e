namespace RoyaltyLedger.Storage.Migrations;

/// <summary>
/// The database records migrations this build does not have: a newer release upgraded it. Starting would run code
/// against tables it does not know, so the server refuses, naming both versions.
/// </summary>
public sealed class SchemaTooNewException : InvalidOperationException
{
    public SchemaTooNewException(string component, string database, int databaseVersion, int codeVersion, IReadOnlyList<string> unknownScripts)
        : base($"the {component} schema of {database} is at version {databaseVersion}, newer than this build, which knows versions 1 to {codeVersion} " +
               $"(the database lists migrations this build does not have: {string.Join(", ", unknownScripts)}); " +
               "start a release at least as new as the one that upgraded it")
    {
        Component = component;
        DatabaseVersion = databaseVersion;
        CodeVersion = codeVersion;
    }

    public SchemaTooNewException()
    {
        Component = "";
    }

    public SchemaTooNewException(string message)
        : base(message)
    {
        Component = "";
    }

    public SchemaTooNewException(string message, Exception innerException)
        : base(message, innerException)
    {
        Component = "";
    }

    public string Component { get; }

    public int DatabaseVersion { get; }

    public int CodeVersion { get; }
}
