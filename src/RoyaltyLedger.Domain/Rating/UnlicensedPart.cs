namespace RoyaltyLedger.Domain.Rating;

/// <summary>
/// One creator's part of the claim for an unlicensed or refused use. A creator whose society has no unlicensed
/// tariff for the use, or who belongs to no society, gets nothing: <see cref="HasTariff"/> is false and
/// <see cref="SocietyId"/> and <see cref="Currency"/> are empty, so the caller can say why (<see cref="NoTariffReason"/>).
/// </summary>
public sealed record UnlicensedPart(string CreatorId, string SocietyId, string Currency, Int128 AmountNanos, bool HasTariff)
{
    public const string NoTariffReason = "no unlicensed tariff";
}
