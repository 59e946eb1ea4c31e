using System.Data.Common;
using RoyaltyLedger.Application.Removals;

namespace RoyaltyLedger.Storage.Removals;

/// <summary>Reads the columns of <see cref="RemovalSql.SelectJoined"/>: a request, then its attestation or nulls, then its withdrawal or nulls.</summary>
internal static class RemovalRows
{
    public static RemovalRequestRecord Request(DbDataReader reader) => new(
        reader.GetString(0), reader.GetString(1), reader.GetString(2), reader.GetString(3), reader.GetString(4), reader.GetString(5),
        reader.GetString(6), reader.GetString(7), reader.GetString(8), reader.GetInt64(9), reader.GetInt64(10));

    public static RemovalAttestationRecord? Attestation(DbDataReader reader) => reader.IsDBNull(11) ? null : new(
        reader.GetString(11), reader.GetString(12), reader.GetString(13), reader.GetInt64(14), reader.GetString(15), reader.GetString(16),
        reader.GetInt64(17), reader.GetInt64(18));

    public static RemovalWithdrawalRecord? Withdrawal(DbDataReader reader) => reader.IsDBNull(19) ? null : new(
        reader.GetString(19), reader.GetString(20), reader.GetString(21), reader.GetString(22), reader.GetInt64(23), reader.GetInt64(24));
}
