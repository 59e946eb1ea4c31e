namespace RoyaltyLedger.LoadClient;

/// <summary>A stream's failure because its server went away or stopped answering, naming that server (a run may use several).</summary>
internal sealed class ServerFailedException(Uri server, Exception inner) : Exception($"the server at {server} failed: {inner.Message}", inner)
{
    public Uri Server { get; } = server;
}
