namespace RoyaltyLedger.Application.Registry;

/// <summary>
/// The registry's one durable record: one row per registered entity (creator, operator, model, rightsholder, society,
/// work) holding its whole state as JSON, which is also what listings page through. Registry grains are caches that
/// load their row on activation and write every change through <see cref="SaveAsync"/>, which stores the row and the
/// indexes derived from it in one transaction (docs/registry.md).
/// </summary>
public interface IRegistryStore
{
    /// <summary>The entity's row, or null when it is not registered.</summary>
    Task<RegistryEntry?> FindAsync(string kind, string id, CancellationToken cancellationToken);

    /// <summary>
    /// Writes the change in one transaction: the row (inserted when <see cref="RegistryChange.ExpectedPayloadJson"/> is
    /// null, otherwise replaced only while it still holds that payload) and, for a work, its party links and identifier
    /// index. False, with nothing written, when the row is not as expected: another activation changed it first.
    /// </summary>
    Task<bool> SaveAsync(RegistryChange change, CancellationToken cancellationToken);

    /// <summary>At most <paramref name="limit"/> entries of the kind whose id sorts after <paramref name="afterId"/> ("" for the first page), in id order.</summary>
    Task<IReadOnlyList<RegistryEntry>> ListPageAsync(string kind, string afterId, int limit, CancellationToken cancellationToken);
}
