using RoyaltyLedger.Application.Statements;
namespace RoyaltyLedger.Application.Registry;

/// <summary>
/// The ledger's tables: producer-stream positions, the registry index and statements (the usage log itself
/// is written through <see cref="UsageLog.IUsageLog"/>). The database is the source of truth and enforces uniqueness; grains only coordinate.
/// </summary>
public interface ILedgerStore
{
    /// <summary>Creates the ledger tables if they do not exist. Safe to call on every start.</summary>
    Task InitializeAsync(CancellationToken cancellationToken);

    /// <summary>The last batch number durably stored for a producer stream, 0 when none is.</summary>
    Task<long> GetLastBatchSeqAsync(string operatorId, string streamName, CancellationToken cancellationToken);

    Task UpsertRegistryEntryAsync(RegistryEntry entry, CancellationToken cancellationToken);

    Task<IReadOnlyList<RegistryEntry>> ListRegistryEntriesAsync(string kind, CancellationToken cancellationToken);

    /// <summary>At most <paramref name="limit"/> entries of the kind whose id sorts after <paramref name="afterId"/> ("" for the first page), in id order.</summary>
    Task<IReadOnlyList<RegistryEntry>> ListRegistryPageAsync(string kind, string afterId, int limit, CancellationToken cancellationToken);

    /// <summary>
    /// The creator's lines, one per month of use, for months from <paramref name="periodFrom"/> to
    /// <paramref name="periodTo"/> inclusive (yyyy-MM; an empty bound is open).
    /// </summary>
    Task<IReadOnlyList<StatementRow>> GetStatementRowsAsync(string creatorId, string periodFrom, string periodTo, CancellationToken cancellationToken);
}
