using System.Globalization;

namespace RoyaltyLedger.LoadClient;

/// <summary>Reads a process's resident set size (VmRSS in /proc/PID/status) at a fixed interval.</summary>
internal sealed class MemorySampler(int pid)
{
    public List<double> SamplesMb { get; } = [];

    public async Task RunAsync(TimeSpan every, long stopAt, CancellationToken cancellation)
    {
        using var timer = new PeriodicTimer(every);
        do
        {
            if (ReadRssMb() is { } mb)
            {
                SamplesMb.Add(mb);
            }
        }
        while (System.Diagnostics.Stopwatch.GetTimestamp() < stopAt && await timer.WaitForNextTickAsync(cancellation));
    }

    private double? ReadRssMb()
    {
        var path = $"/proc/{pid}/status";
        if (!File.Exists(path))
        {
            return null;
        }

        var line = File.ReadLines(path).FirstOrDefault(l => l.StartsWith("VmRSS:", StringComparison.Ordinal));
        var kb = line?.Split(' ', StringSplitOptions.RemoveEmptyEntries)[1];
        return kb is null ? null : double.Parse(kb, CultureInfo.InvariantCulture) / 1024;
    }
}
