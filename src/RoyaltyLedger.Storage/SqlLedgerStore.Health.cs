namespace RoyaltyLedger.Storage;

/// <summary>The storage health check's probe.</summary>
public partial class SqlLedgerStore
{
    /// <summary>Opens a connection and reads one row: throws when the database cannot be reached.</summary>
    public async Task PingAsync(CancellationToken cancellationToken)
    {
        await using var connection = await OpenAsync(cancellationToken).ConfigureAwait(false);
        await using var command = Command(connection, null, "SELECT 1");
        await command.ExecuteScalarAsync(cancellationToken).ConfigureAwait(false);
    }
}
