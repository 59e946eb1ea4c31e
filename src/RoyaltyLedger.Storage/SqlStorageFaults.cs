using RoyaltyLedger.Application.Projection;

namespace RoyaltyLedger.Storage;

/// <summary>The <see cref="IStorageFaults"/> port over <see cref="StorageFaults"/>, which knows SQLite's and PostgreSQL's exceptions.</summary>
public sealed class SqlStorageFaults : IStorageFaults
{
    public bool IsTransient(Exception exception) => StorageFaults.IsTransient(exception);
}
