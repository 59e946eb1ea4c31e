using RoyaltyLedger.Domain;

namespace RoyaltyLedger.Application.Licensing;

/// <summary>
/// A creator's consent decision to record: empty work and operator ids mean all the creator's works and any operator;
/// <see cref="Decision"/> as stored ("granted", "refused", "not_given"); no <see cref="EffectiveFrom"/> means from now.
/// </summary>
public sealed record ConsentToRecord(string CreatorId, string WorkId, UseKind Use, string OperatorId, string Decision, DateTimeOffset? EffectiveFrom);
