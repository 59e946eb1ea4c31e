namespace RoyaltyLedger.Domain.Removals;

/// <summary>What a repeated removal request must match: work, operator, model, reason and who asked, in what role.</summary>
public sealed record RemovalRequestTerms(string WorkId, string OperatorId, string ModelId, string Reason, string RequestedBy, string RequestedByRole);
