using System.Collections.Concurrent;
using System.Diagnostics;

namespace RoyaltyLedger.Server.Tests.Infrastructure;

/// <summary>The load client (perf/RoyaltyLedger.LoadClient) as its own process, with its error output collected line by line.</summary>
public sealed class LoadClientProcess : IDisposable
{
    private readonly Process _process;
    private readonly ConcurrentQueue<string> _errors = new();
    private readonly TaskCompletionSource _started = new(TaskCreationOptions.RunContinuationsAsynchronously);

    private LoadClientProcess(Process process) => _process = process;

    /// <summary>Everything the client wrote to standard error so far.</summary>
    public string Error => string.Join('\n', _errors);

    /// <summary>Completes once the client has seeded and started its streams (it says "... streams x ...").</summary>
    public Task Streaming => _started.Task;

    public static LoadClientProcess Start(string workingDirectory, params string[] args)
    {
        var start = new ProcessStartInfo("dotnet") { WorkingDirectory = workingDirectory, RedirectStandardOutput = true, RedirectStandardError = true };
        start.ArgumentList.Add(Dll());
        foreach (var arg in args)
        {
            start.ArgumentList.Add(arg);
        }

        var process = Process.Start(start) ?? throw new InvalidOperationException("the load client did not start");
        var client = new LoadClientProcess(process);
        process.OutputDataReceived += (_, _) => { };
        process.ErrorDataReceived += (_, e) =>
        {
            if (e.Data is { } line)
            {
                client._errors.Enqueue(line);
                if (line.Contains(" streams x ", StringComparison.Ordinal))
                {
                    client._started.TrySetResult();
                }
            }
        };
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        return client;
    }

    /// <summary>Waits for the process to exit, at most <paramref name="limit"/>; returns its exit code and how long it took from now.</summary>
    public async Task<(int Exit, TimeSpan Waited)> WaitForExitAsync(TimeSpan limit)
    {
        var started = Stopwatch.GetTimestamp();
        using var bounded = new CancellationTokenSource(limit);
        try
        {
            await _process.WaitForExitAsync(bounded.Token);
        }
        catch (OperationCanceledException)
        {
            throw new TimeoutException($"the load client was still running after {limit.TotalSeconds:N0} s; its errors so far:\n{Error}");
        }

        _process.WaitForExit();
        return (_process.ExitCode, Stopwatch.GetElapsedTime(started));
    }

    public void Dispose()
    {
        if (!_process.HasExited)
        {
            _process.Kill(entireProcessTree: true);
        }

        _process.Dispose();
    }

    private static string Dll()
    {
        var configuration = AppContext.BaseDirectory.Contains($"{Path.DirectorySeparatorChar}Release{Path.DirectorySeparatorChar}", StringComparison.Ordinal) ? "Release" : "Debug";
        var directory = new DirectoryInfo(AppContext.BaseDirectory);
        while (directory is not null && !File.Exists(Path.Combine(directory.FullName, "RoyaltyLedger.sln")))
        {
            directory = directory.Parent;
        }

        var dll = Path.Combine(directory?.FullName ?? throw new InvalidOperationException("RoyaltyLedger.sln not found above the test folder"),
            "perf", "RoyaltyLedger.LoadClient", "bin", configuration, "net10.0", "RoyaltyLedger.LoadClient.dll");
        return File.Exists(dll) ? dll : throw new FileNotFoundException("build the load client first (dotnet build)", dll);
    }
}
