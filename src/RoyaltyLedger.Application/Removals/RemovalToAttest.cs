namespace RoyaltyLedger.Application.Removals;

/// <summary>An operator's evidence that it removed the work: which model version, how, when, and the removed content's hash.</summary>
public sealed record RemovalToAttest(string RequestId, string ModelVersion, string Method, DateTimeOffset RemovedAt, string ContentHashHex);
