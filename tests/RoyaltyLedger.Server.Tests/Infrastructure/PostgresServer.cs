using System.Diagnostics;
using Npgsql;

namespace RoyaltyLedger.Server.Tests.Infrastructure;

/// <summary>
/// A real PostgreSQL for the tests. ROYALTY_TEST_POSTGRES names an existing server (an admin
/// connection string; .ci/run sets it). Without it, a throwaway cluster is started from Debian's
/// postgresql package under a temp folder and removed afterwards. Each fixture gets its own database.
/// </summary>
public static class PostgresServer
{
    public const string EnvironmentVariable = "ROYALTY_TEST_POSTGRES";

    private static readonly Lazy<Task<string>> Admin = new(StartAsync);

    /// <summary>Creates an empty database and returns its connection string.</summary>
    public static async Task<string> CreateDatabaseAsync(string prefix)
    {
        var admin = await Admin.Value;
        var name = $"{prefix}_{Guid.NewGuid():N}"[..40].ToLowerInvariant();
        await using (var connection = new NpgsqlConnection(admin))
        {
            await connection.OpenAsync();
            await using var create = new NpgsqlCommand($"CREATE DATABASE \"{name}\"", connection);
            await create.ExecuteNonQueryAsync();
        }

        // Each fixture's servers open their own pools on this database; idle connections close within seconds of the
        // fixture's end instead of Npgsql's 5 minutes, so that the suite's many databases stay within max_connections.
        return new NpgsqlConnectionStringBuilder(admin) { Database = name, ConnectionIdleLifetime = 5, ConnectionPruningInterval = 1 }.ConnectionString;
    }

    private static async Task<string> StartAsync()
    {
        if (Environment.GetEnvironmentVariable(EnvironmentVariable) is { Length: > 0 } given)
        {
            return given;
        }

        var bin = Directory.Exists("/usr/lib/postgresql")
            ? Directory.GetDirectories("/usr/lib/postgresql").Select(d => Path.Combine(d, "bin")).Where(d => File.Exists(Path.Combine(d, "initdb"))).Order().LastOrDefault()
            : null;
        if (bin is null)
        {
            throw new InvalidOperationException(
                $"The PostgreSQL tests need a server. Install Debian's postgresql package (apt-get install postgresql) so that the tests can start a throwaway cluster, or set {EnvironmentVariable} to an admin connection string.");
        }

        var folder = Directory.CreateTempSubdirectory("royalty-pg-").FullName;
        var data = Path.Combine(folder, "data");
        var port = FreePort.Next();
        var asRoot = Environment.UserName == "root";
        if (asRoot)
        {
            // initdb and postgres refuse to run as root; the package's postgres user owns the cluster.
            await RunAsync("chown", $"postgres {folder}");
        }

        await RunAsPostgresAsync(asRoot, Path.Combine(bin, "initdb"), $"-D {data} -U postgres --auth=trust -E UTF8 --locale=C");
        await RunAsPostgresAsync(asRoot, Path.Combine(bin, "pg_ctl"),
            $"-D {data} -l {Path.Combine(folder, "log")} -w -o \"-p {port} -k {folder} -c listen_addresses=127.0.0.1 -c fsync=off -c max_connections=500\" start");
        AppDomain.CurrentDomain.ProcessExit += (_, _) =>
        {
            RunAsPostgresAsync(asRoot, Path.Combine(bin, "pg_ctl"), $"-D {data} -m immediate stop").GetAwaiter().GetResult();
            TempFolder.Delete(folder);
        };
        return $"Host=127.0.0.1;Port={port};Username=postgres;Database=postgres";
    }

    private static Task RunAsPostgresAsync(bool asRoot, string program, string arguments) =>
        asRoot ? RunAsync("runuser", $"-u postgres -- {program} {arguments}") : RunAsync(program, arguments);

    private static async Task RunAsync(string program, string arguments)
    {
        using var process = Process.Start(new ProcessStartInfo(program, arguments)
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        }) ?? throw new InvalidOperationException($"could not start {program}");
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        await process.WaitForExitAsync();
        if (process.ExitCode != 0)
        {
            throw new InvalidOperationException($"{program} {arguments} exited with {process.ExitCode}: {await stderr} {await stdout}");
        }
    }
}
