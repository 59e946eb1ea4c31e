namespace RoyaltyLedger.Application.Removals;

/// <summary>A removal to ask for: of the work from the operator's models, or from one model when <see cref="ModelId"/> is given.</summary>
public sealed record RemovalToRequest(string RequestId, string WorkId, string OperatorId, string ModelId, string Reason);
