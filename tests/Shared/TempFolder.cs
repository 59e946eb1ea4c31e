using Microsoft.Data.Sqlite;

namespace RoyaltyLedger.Testing;

/// <summary>Deletes the temporary folders that tests keep their data in.</summary>
public static class TempFolder
{
    /// <summary>
    /// Deletes <paramref name="path"/> and everything in it. A SQLite file's -wal and -shm companions can still be
    /// closing when a server has just stopped (a pooled connection returning, a checkpoint finishing), which makes a
    /// single recursive delete fail with "Directory not empty"; so the pools are cleared and the delete retried for
    /// up to two seconds before the failure is reported with the entries that remained.
    /// </summary>
    public static void Delete(string path)
    {
        for (var attempt = 1; ; attempt++)
        {
            SqliteConnection.ClearAllPools();
            try
            {
                if (Directory.Exists(path))
                {
                    Directory.Delete(path, recursive: true);
                }

                return;
            }
            catch (IOException) when (attempt < 20)
            {
                Thread.Sleep(100);
            }
            catch (IOException failure)
            {
                var left = Directory.Exists(path)
                    ? string.Join(", ", Directory.EnumerateFileSystemEntries(path, "*", SearchOption.AllDirectories))
                    : "(none)";
                throw new IOException($"Could not delete test folder {path} after {attempt} attempts; left: {left}", failure);
            }
        }
    }
}
