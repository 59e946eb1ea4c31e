namespace RoyaltyLedger.Domain.Registry;

/// <summary>One unlicensed tariff a society set for a use and unit kind, when it set it and in which order.</summary>
public sealed record RecordedSocietyTariff(string SocietyId, UseKind Use, Tariff Tariff, DateTimeOffset SetAt, long Sequence);
