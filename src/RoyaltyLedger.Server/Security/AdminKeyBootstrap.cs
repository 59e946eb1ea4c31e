namespace RoyaltyLedger.Server.Security;

/// <summary>
/// On first start no one holds a key, so the server creates an admin key (<see cref="EnsureAdminKey"/>) and writes it
/// to &lt;data folder&gt;/admin.key, readable only by the server's user. The CLI finds that file when run in the same folder.
/// </summary>
internal static partial class AdminKeyBootstrap
{
    public const string FileName = "admin.key";

    public static async Task EnsureAsync(IApiKeyStore keys, string dataDirectory, TimeProvider clock, ILogger logger, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(keys);
        ArgumentNullException.ThrowIfNull(clock);
        var path = Path.GetFullPath(Path.Combine(dataDirectory, FileName));
        if (await new EnsureAdminKey(keys, clock).ExecuteAsync((key, _) => WriteAsync(path, dataDirectory, key), cancellationToken))
        {
            LogCreated(logger, path);
        }
    }

    private static async Task WriteAsync(string path, string dataDirectory, string key)
    {
        Directory.CreateDirectory(dataDirectory);
        var options = new FileStreamOptions { Mode = FileMode.Create, Access = FileAccess.Write };
        if (!OperatingSystem.IsWindows())
        {
            options.UnixCreateMode = UnixFileMode.UserRead | UnixFileMode.UserWrite;
        }

        await using var file = new StreamWriter(path, options);
        await file.WriteLineAsync(key);
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "No admin API key existed, so one was created and written to {Path}. Keep it secret; create other keys with `royalty keys create`.")]
    private static partial void LogCreated(ILogger logger, string path);
}
