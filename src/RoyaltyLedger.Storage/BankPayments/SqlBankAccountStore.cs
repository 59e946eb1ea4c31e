using System.Data.Common;
using RoyaltyLedger.Application.BankPayments;
using RoyaltyLedger.Domain.Payouts.Transfers;
using RoyaltyLedger.Storage.Database;

namespace RoyaltyLedger.Storage.BankPayments;

/// <summary>Bank accounts in table bank_accounts (migration 0007).</summary>
public sealed class SqlBankAccountStore(LedgerDatabase database) : IBankAccountStore
{
    /// <summary>Ids looked up per query, well under SQLite's and PostgreSQL's parameter limits.</summary>
    private const int IdsPerQuery = 500;

    public Task SetAsync(string holderKind, string holderId, BankAccount account, long updatedAtUnixMs, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(account);
        return database.WriteAsync(async (connection, transaction) =>
        {
            await using var command = LedgerDatabase.Command(connection, transaction,
                "INSERT INTO bank_accounts (holder_kind, holder_id, holder_name, iban, bic, updated_at_ms) VALUES (@k, @i, @n, @iban, @bic, @t) " +
                "ON CONFLICT (holder_kind, holder_id) DO UPDATE SET holder_name = excluded.holder_name, iban = excluded.iban, bic = excluded.bic, " +
                "updated_at_ms = excluded.updated_at_ms",
                ("k", holderKind), ("i", holderId), ("n", account.HolderName), ("iban", account.Iban), ("bic", account.Bic), ("t", updatedAtUnixMs));
            return await command.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
        }, cancellationToken);
    }

    public async Task<BankAccount?> FindAsync(string holderKind, string holderId, CancellationToken cancellationToken)
    {
        var found = await FindManyAsync(holderKind, [holderId], cancellationToken).ConfigureAwait(false);
        return found.GetValueOrDefault(holderId);
    }

    public async Task<IReadOnlyDictionary<string, BankAccount>> FindManyAsync(string holderKind, IReadOnlyCollection<string> holderIds, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(holderIds);
        var found = new Dictionary<string, BankAccount>(StringComparer.Ordinal);
        await using var connection = await database.OpenAsync(cancellationToken).ConfigureAwait(false);
        foreach (var chunk in holderIds.Distinct(StringComparer.Ordinal).Chunk(IdsPerQuery))
        {
            var names = chunk.Select((_, i) => $"@h{i}").ToList();
            var parameters = chunk.Select((id, i) => ($"h{i}", (object)id)).Append(("k", holderKind)).ToArray();
            await using var command = LedgerDatabase.Command(connection, null,
                $"SELECT holder_id, holder_name, iban, bic FROM bank_accounts WHERE holder_kind = @k AND holder_id IN ({string.Join(", ", names)})", parameters);
            await ReadAsync(command, found, cancellationToken).ConfigureAwait(false);
        }

        return found;
    }

    private static async Task ReadAsync(DbCommand command, Dictionary<string, BankAccount> found, CancellationToken cancellationToken)
    {
        await using var reader = await command.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
        while (await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
        {
            // Pair assertion: what was validated before writing is validated again after reading, so an account edited
            // in the database never reaches a payment file unchecked.
            var (account, violations) = BankAccount.Create("", reader.GetString(1), reader.GetString(2), reader.GetString(3));
            found[reader.GetString(0)] = account ?? throw new InvalidDataException(
                $"bank account of {reader.GetString(0)} in the database is invalid: {string.Join("; ", violations.Select(v => v.Description))}");
        }
    }
}
