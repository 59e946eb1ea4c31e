namespace RoyaltyLedger.Application.Registry;

/// <summary>Society membership, kept in the database because a society may have very many members.</summary>
public interface ISocietyMembers
{
    /// <summary>Adds a member; false when it already was one.</summary>
    Task<bool> AddMemberAsync(string societyId, string memberId, string memberKind, long joinedAtUnixMs, CancellationToken cancellationToken);

    Task<IReadOnlyList<(string MemberId, string MemberKind)>> ListMembersAsync(string societyId, CancellationToken cancellationToken);
}
