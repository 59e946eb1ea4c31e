namespace RoyaltyLedger.Domain.AiAct;

/// <summary>
/// A creator or rightsholder ("creator" or "rightsholder" in <see cref="Role"/>) with the number of its works the model
/// used under a licence, without one, and against a refusal (a work counts under each status it had uses in).
/// </summary>
public sealed record AiActParty(string PartyId, string Role, long LicensedWorks, long UnlicensedWorks, long RefusedWorks);
