namespace RoyaltyLedger.Application.Licensing;

/// <summary>
/// One recorded consent decision. Empty work or operator ids mean "all works" and "any operator";
/// <see cref="Sequence"/> orders records, and the latest per scope is in force. <see cref="EffectiveFromUnixMs"/>, when
/// given, is the instant from which the decision applies to uses (kept in consent_effective); otherwise the rules of
/// ConsentHistory decide.
/// </summary>
public sealed record ConsentEntry(
    long Sequence,
    string CreatorId,
    string WorkId,
    int UseKind,
    string OperatorId,
    string Decision,
    long RecordedAtUnixMs,
    string RecordedBy,
    long? EffectiveFromUnixMs = null);
