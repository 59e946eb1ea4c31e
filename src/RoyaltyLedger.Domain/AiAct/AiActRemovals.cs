namespace RoyaltyLedger.Domain.AiAct;

/// <summary>
/// The removal requests concerning the model (naming it, or every model of its operator): how many, and how many are
/// still open, attested (removed, with evidence) or withdrawn; <see cref="FromRefusedUses"/> the ones the ledger
/// opened itself for uses against a refusal.
/// </summary>
public sealed record AiActRemovals(long Requested, long Open, long Attested, long Withdrawn, long FromRefusedUses);
