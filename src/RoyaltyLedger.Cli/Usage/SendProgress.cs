using RoyaltyLedger.Cli.Rendering;
using RoyaltyLedger.Client;
using Spectre.Console;

namespace RoyaltyLedger.Cli.Usage;

/// <summary>
/// Shows how a send is going on stderr: a Spectre.Console progress bar on a terminal, else (a log, a pipe) one line
/// every few seconds, so that logs stay readable.
/// </summary>
internal sealed class SendProgress(TextWriter error, bool terminal, long totalBytes, TimeProvider time)
{
    private static readonly TimeSpan TerminalEvery = TimeSpan.FromMilliseconds(100);
    private static readonly TimeSpan LogEvery = TimeSpan.FromSeconds(5);

    private readonly long _started = time.GetTimestamp();
    private long _lastDrawn = time.GetTimestamp();
    private long _bytes;
    private UsageProgress _ledger;
    private bool _finished;

    private ProgressTask? _bar;

    public TimeSpan Elapsed => time.GetElapsedTime(_started);

    /// <summary>Runs the send, inside a live progress display on a terminal.</summary>
    public Task RunAsync(Func<Task> send)
    {
        ArgumentNullException.ThrowIfNull(send);
        if (!terminal)
        {
            return send();
        }

        return Terminal.On(error).Progress()
            .AutoClear(false)
            .Columns(new TaskDescriptionColumn { Alignment = Justify.Left }, new ProgressBarColumn(), new PercentageColumn(), new ElapsedTimeColumn())
            .StartAsync(async context =>
            {
                _bar = context.AddTask(Counts(), maxValue: Math.Max(1, totalBytes));
                try
                {
                    await send();
                }
                finally
                {
                    Draw();
                    _bar.StopTask();
                }
            });
    }

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

    /// <summary>Ends the display; the live bar ends with <see cref="RunAsync"/>, log lines need nothing more.</summary>
    public void Finish() => _finished = true;

    private void DrawIfDue()
    {
        if (time.GetElapsedTime(_lastDrawn) < (terminal ? TerminalEvery : LogEvery))
        {
            return;
        }

        _lastDrawn = time.GetTimestamp();
        Draw();
    }

    private void Draw()
    {
        if (_bar is not null)
        {
            _bar.Value = Math.Min(_bytes, _bar.MaxValue);
            _bar.Description = Markup.Escape(Counts());
        }
        else if (!terminal && !_finished)
        {
            var fraction = totalBytes == 0 ? 1 : Math.Clamp((double)_bytes / totalBytes, 0, 1);
            error.WriteLine($"{fraction * 100,3:F0}%  {Counts()}");
        }
    }

    private string Counts()
    {
        var seconds = Elapsed.TotalSeconds;
        var rate = seconds > 0 ? _ledger.Acked / seconds : 0;
        return $"sent {_ledger.Sent:N0}  acked {_ledger.Acked:N0}  {rate:N0} events/s  duplicates {_ledger.Duplicates:N0}  rejected {_ledger.Rejected:N0}  held {_ledger.Held:N0}";
    }
}
