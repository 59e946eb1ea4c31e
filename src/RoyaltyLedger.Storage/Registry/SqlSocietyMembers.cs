using RoyaltyLedger.Application.Registry;
using RoyaltyLedger.Storage.Database;

namespace RoyaltyLedger.Storage.Registry;

/// <summary>Society membership in <c>society_members</c>.</summary>
public sealed class SqlSocietyMembers(LedgerDatabase database) : ISocietyMembers
{
    public Task<bool> AddMemberAsync(string societyId, string memberId, string memberKind, long joinedAtUnixMs, CancellationToken cancellationToken) =>
        database.WriteAsync(async (connection, transaction) =>
        {
            await using var command = LedgerDatabase.Command(connection, transaction,
                "INSERT INTO society_members (society_id, member_id, member_kind, joined_at_ms) VALUES (@s, @m, @k, @t) " +
                "ON CONFLICT (society_id, member_id) DO NOTHING",
                ("s", societyId), ("m", memberId), ("k", memberKind), ("t", joinedAtUnixMs));
            return await command.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false) == 1;
        }, cancellationToken);

    public async Task<IReadOnlyList<(string MemberId, string MemberKind)>> ListMembersAsync(string societyId, CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenAsync(cancellationToken).ConfigureAwait(false);
        await using var command = LedgerDatabase.Command(connection, null,
            "SELECT member_id, member_kind FROM society_members WHERE society_id = @s ORDER BY member_id", ("s", societyId));
        await using var reader = await command.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
        var members = new List<(string, string)>();
        while (await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
        {
            members.Add((reader.GetString(0), reader.GetString(1)));
        }

        return members;
    }
}
