using System.Diagnostics;
using Grpc.Net.Client;
using RoyaltyLedger.Contracts.V1;

namespace RoyaltyLedger.Server.Tests.Infrastructure;

/// <summary>
/// The server as its own process (the build's RoyaltyLedger.Server.dll), so that a test can kill it with SIGKILL
/// mid-write and start it again on the same storage, as a crash in production would.
/// </summary>
public sealed class ServerProcess : IAsyncDisposable
{
    private readonly string _workingDirectory;
    private readonly IReadOnlyDictionary<string, string> _settings;
    private readonly int _port;
    private readonly int _siloPort;
    private readonly int _gatewayPort;
    private static readonly Lock LogLock = new();
    private Process? _process;

    private readonly TimeSpan _startTimeout;

    /// <param name="startTimeout">How long a start may take (default 60 s): a silo joining a busy cluster takes longer.</param>
    public ServerProcess(string workingDirectory, IReadOnlyDictionary<string, string> settings, TimeSpan? startTimeout = null)
    {
        _startTimeout = startTimeout ?? TimeSpan.FromSeconds(60);
        _workingDirectory = workingDirectory;
        _settings = settings;
        (_port, _siloPort, _gatewayPort) = (FreePort.Next(), FreePort.Next(), FreePort.Next());
        Address = $"http://127.0.0.1:{_port}";
    }

    public string Address { get; }

    public string AdminKey { get; private set; } = "";

    /// <summary>Starts the process and waits until it answers gRPC health checks.</summary>
    public async Task StartAsync()
    {
        var start = new ProcessStartInfo("dotnet")
        {
            WorkingDirectory = _workingDirectory,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        start.ArgumentList.Add(ServerDll());
        start.ArgumentList.Add($"--urls={Address}");
        start.ArgumentList.Add($"--Silo:SiloPort={_siloPort}");
        start.ArgumentList.Add($"--Silo:GatewayPort={_gatewayPort}");
        foreach (var (key, value) in _settings)
        {
            start.ArgumentList.Add($"--{key}={value}");
        }

        _process = Process.Start(start) ?? throw new InvalidOperationException("the server process did not start");
        // The server's log, kept beside its working files for a failing test to be read.
        var log = Path.Combine(_workingDirectory, "server.log");
        _process.OutputDataReceived += (_, e) => AppendLog(log, e.Data);
        _process.ErrorDataReceived += (_, e) => AppendLog(log, e.Data);
        _process.BeginOutputReadLine();
        _process.BeginErrorReadLine();

        var keyFile = Path.Combine(_settings.GetValueOrDefault("Storage:DataDirectory", Path.Combine(_workingDirectory, "data")), "admin.key");
        var deadline = DateTime.UtcNow + _startTimeout;
        using var channel = GrpcChannel.ForAddress(Address);
        var health = new global::Grpc.Health.V1.Health.HealthClient(channel);
        while (true)
        {
            if (_process.HasExited)
            {
                throw new InvalidOperationException($"the server process exited with code {_process.ExitCode} while starting");
            }

            try
            {
                if (File.Exists(keyFile))
                {
                    await health.CheckAsync(new global::Grpc.Health.V1.HealthCheckRequest(), deadline: DateTime.UtcNow.AddSeconds(2));
                    AdminKey = (await File.ReadAllTextAsync(keyFile)).Trim();
                    return;
                }
            }
            catch (global::Grpc.Core.RpcException) when (DateTime.UtcNow < deadline)
            {
                // Not listening yet.
            }

            if (DateTime.UtcNow > deadline)
            {
                throw new TimeoutException($"the server process did not become healthy within {_startTimeout.TotalSeconds} s (its log: {Path.Combine(_workingDirectory, "server.log")})");
            }

            await Task.Delay(100);
        }
    }

    /// <summary>SIGKILL: no shutdown hooks, no flush; whatever was not committed is lost.</summary>
    public async Task KillAsync()
    {
        if (_process is { HasExited: false } process)
        {
            process.Kill(entireProcessTree: true);
            await process.WaitForExitAsync();
        }
    }

    /// <summary>Asks the process to stop (SIGTERM) and waits for it.</summary>
    public async Task StopAsync()
    {
        if (_process is { HasExited: false } process)
        {
            using var term = Process.Start("kill", $"-TERM {process.Id}");
            await term!.WaitForExitAsync();
            if (!process.WaitForExit(30_000))
            {
                process.Kill(entireProcessTree: true);
            }
        }
    }

    public async ValueTask DisposeAsync()
    {
        await KillAsync();
        _process?.Dispose();
    }

    private static void AppendLog(string path, string? line)
    {
        if (line is null)
        {
            return;
        }

        lock (LogLock)
        {
            File.AppendAllText(path, line + Environment.NewLine);
        }
    }

    /// <summary>The server build beside this test build: same configuration, found from the repository root.</summary>
    private static string ServerDll()
    {
        var directory = new DirectoryInfo(AppContext.BaseDirectory);
        var configuration = AppContext.BaseDirectory.Contains($"{Path.DirectorySeparatorChar}Release{Path.DirectorySeparatorChar}", StringComparison.Ordinal) ? "Release" : "Debug";
        while (directory is not null && !File.Exists(Path.Combine(directory.FullName, "RoyaltyLedger.sln")))
        {
            directory = directory.Parent;
        }

        var dll = Path.Combine(directory?.FullName ?? throw new InvalidOperationException("RoyaltyLedger.sln not found above the test folder"),
            "src", "RoyaltyLedger.Server", "bin", configuration, "net10.0", "RoyaltyLedger.Server.dll");
        return File.Exists(dll) ? dll : throw new FileNotFoundException("build the server first (dotnet build)", dll);
    }
}
