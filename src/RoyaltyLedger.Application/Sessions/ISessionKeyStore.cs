namespace RoyaltyLedger.Application.Sessions;

/// <summary>
/// The keys that protect the statement pages' session cookies and form tokens (ASP.NET Core data protection's key ring,
/// one XML element per key or revocation), kept in the ledger database so that every server of a cluster reads the
/// same ring and a restart keeps the sessions it issued.
/// </summary>
public interface ISessionKeyStore
{
    /// <summary>Every element stored, oldest first.</summary>
    Task<IReadOnlyList<string>> ReadAllAsync(CancellationToken cancellationToken);

    /// <summary>Adds one element; elements are never changed or removed (a key is retired by a revocation element).</summary>
    Task AddAsync(string friendlyName, string xml, long createdAtUnixMs, CancellationToken cancellationToken);

    /// <summary>
    /// Runs <paramref name="work"/> while no other server of the cluster runs it, so that servers starting together on
    /// an empty ring create one first key between them rather than one each.
    /// </summary>
    Task RunAloneAsync(Func<Task> work, CancellationToken cancellationToken);
}
