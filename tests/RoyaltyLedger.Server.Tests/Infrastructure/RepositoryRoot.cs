namespace RoyaltyLedger.Server.Tests.Infrastructure;

/// <summary>The checkout the tests run from: the folder above the test's output that holds RoyaltyLedger.sln.</summary>
public static class RepositoryRoot
{
    public static string Path { get; } = Find();

    /// <summary>A path inside the repository, from its parts.</summary>
    public static string Combine(params string[] parts) => System.IO.Path.Combine([Path, .. parts]);

    private static string Find()
    {
        var folder = new DirectoryInfo(AppContext.BaseDirectory);
        while (folder is not null && !File.Exists(System.IO.Path.Combine(folder.FullName, "RoyaltyLedger.sln")))
        {
            folder = folder.Parent;
        }

        return folder?.FullName ?? throw new InvalidOperationException($"no RoyaltyLedger.sln above {AppContext.BaseDirectory}");
    }
}
