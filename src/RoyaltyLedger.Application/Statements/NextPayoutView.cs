using RoyaltyLedger.Domain.Registry;

namespace RoyaltyLedger.Application.Statements;

/// <summary>A payout the creator can expect from one of their societies: who pays, on what schedule, for which months, when.</summary>
public sealed record NextPayoutView(string SocietyId, string SocietyName, PayoutSchedule Schedule, ExpectedPayout Expected);
