namespace RoyaltyLedger.Grains.Projection;

/// <summary>
/// A fault-injection hook for tests, off by default: while <see cref="FailUsesOfWork"/> names a work, rating any use of
/// it throws <see cref="InjectedFaultException"/>, as a bug in rating would, so that tests can drive the quarantine
/// against a real server process (configuration key <see cref="FailUsesOfWorkKey"/>, read once at start-up). No API
/// call sets it: only the server's configuration (command line, environment, appsettings) or a test holding the
/// silo's services can. Never set it in production.
/// </summary>
public sealed class ProjectionFaults
{
    public const string FailUsesOfWorkKey = "Diagnostics:FailUsesOfWork";

    private string? _failUsesOfWork;

    public ProjectionFaults(string? failUsesOfWork = null) => _failUsesOfWork = string.IsNullOrEmpty(failUsesOfWork) ? null : failUsesOfWork;

    /// <summary>The work whose uses fail to rate, or null (the default) for none.</summary>
    public string? FailUsesOfWork
    {
        get => Volatile.Read(ref _failUsesOfWork);
        set => Volatile.Write(ref _failUsesOfWork, string.IsNullOrEmpty(value) ? null : value);
    }

    internal void ThrowIfFailing(string workId)
    {
        if (FailUsesOfWork is { } failing && string.Equals(failing, workId, StringComparison.Ordinal))
        {
            throw new InjectedFaultException($"test hook {FailUsesOfWorkKey} makes rating uses of work {workId} fail");
        }
    }
}
