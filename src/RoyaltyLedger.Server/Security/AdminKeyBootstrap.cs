using RoyaltyLedger.Storage;
using RoyaltyLedger.Application.Access;

namespace RoyaltyLedger.Server.Security;

/// <summary>
/// On first start no one holds a key, so the server creates an admin key and writes it to
/// &lt;data folder&gt;/admin.key, readable only by the server's user. The CLI finds that file when
/// run in the same folder.
/// </summary>
internal static partial class AdminKeyBootstrap
{
    public const string FileName = "admin.key";

    public static async Task EnsureAsync(IApiKeyStore keys, string dataDirectory, TimeProvider clock, ILogger logger, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(keys);
        ArgumentNullException.ThrowIfNull(clock);
        if (await keys.HasActiveKeyAsync(Roles.Admin, cancellationToken))
        {
            return;
        }

        var (keyId, key, hash) = ApiKeySecret.Generate();
        var path = Path.GetFullPath(Path.Combine(dataDirectory, FileName));
        Directory.CreateDirectory(dataDirectory);
        // Written before the key is stored: a crash in between leaves a useless file, never a key no one has.
        var options = new FileStreamOptions { Mode = FileMode.Create, Access = FileAccess.Write };
        if (!OperatingSystem.IsWindows())
        {
            options.UnixCreateMode = UnixFileMode.UserRead | UnixFileMode.UserWrite;
        }

        await using (var file = new StreamWriter(path, options))
        {
            await file.WriteLineAsync(key);
        }

        await keys.InsertApiKeyAsync(new ApiKeyRecord(keyId, hash, Roles.Admin, null, "bootstrap admin", clock.GetUtcNow().ToUnixTimeMilliseconds(), null), cancellationToken);
        LogCreated(logger, path);
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "No admin API key existed, so one was created and written to {Path}. Keep it secret; create other keys with `royalty keys create`.")]
    private static partial void LogCreated(ILogger logger, string path);
}
