namespace RoyaltyLedger.Application.Access;

/// <summary>Who is calling: the key's role and the party it acts for (null for admins).</summary>
public sealed record Caller(string KeyId, string Role, string? PartyId)
{
    public bool IsAdmin => Role == Roles.Admin;

    public bool Is(string role, string? partyId) => Role == role && PartyId == partyId;

    public override string ToString() => PartyId is null ? $"{Role} key {KeyId}" : $"{Role} {PartyId} (key {KeyId})";
}
