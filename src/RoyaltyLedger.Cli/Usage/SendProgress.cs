using RoyaltyLedger.Client;

namespace RoyaltyLedger.Cli.Usage;

/// <summary>
/// Shows how a send is going on stderr: a bar redrawn in place on a terminal, else (a log, a pipe) one line every
/// few seconds, so that logs stay readable.
/// </summary>
internal sealed class SendProgress(TextWriter error, bool terminal, long totalBytes, TimeProvider time)
{
    private static readonly TimeSpan TerminalEvery = TimeSpan.FromMilliseconds(100);
    private static readonly TimeSpan LogEvery = TimeSpan.FromSeconds(5);
    private const int BarWidth = 24;

    private readonly long _started = time.GetTimestamp();
    private long _lastDrawn = time.GetTimestamp();
    private long _bytes;
    private UsageProgress _ledger;
    private bool _finished;

    public TimeSpan Elapsed => time.GetElapsedTime(_started);

    public void Update(UsageProgress ledger)
    {
        _ledger = ledger;
        DrawIfDue();
    }

    public void Read(long bytes)
    {
        _bytes = bytes;
        DrawIfDue();
    }

    /// <summary>Draws the final state and ends the bar's line, so that what follows starts on a line of its own.</summary>
    public void Finish()
    {
        if (terminal && !_finished)
        {
            _finished = true;
            error.Write($"\r{Line()}");
            error.WriteLine();
        }
    }

    private void DrawIfDue()
    {
        if (time.GetElapsedTime(_lastDrawn) < (terminal ? TerminalEvery : LogEvery))
        {
            return;
        }

        _lastDrawn = time.GetTimestamp();
        if (terminal)
        {
            error.Write($"\r{Line()}");
        }
        else
        {
            error.WriteLine(Line());
        }
    }

    private string Line()
    {
        var fraction = totalBytes == 0 ? 1 : Math.Clamp((double)_bytes / totalBytes, 0, 1);
        var filled = (int)(fraction * BarWidth);
        var seconds = Elapsed.TotalSeconds;
        var rate = seconds > 0 ? _ledger.Acked / seconds : 0;
        var bar = terminal ? $"[{new string('#', filled)}{new string('.', BarWidth - filled)}] " : "";
        return $"{bar}{fraction * 100,3:F0}%  sent {_ledger.Sent:N0}  acked {_ledger.Acked:N0}  {rate:N0} events/s  duplicates {_ledger.Duplicates:N0}  rejected {_ledger.Rejected:N0}  held {_ledger.Held:N0}   ";
    }
}
