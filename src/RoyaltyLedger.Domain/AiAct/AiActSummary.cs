using System.Collections.Immutable;

namespace RoyaltyLedger.Domain.AiAct;

/// <summary>
/// The parts of the European Commission's Template for the Public Summary of Training Content for general-purpose AI
/// models (Article 53(1)(d) AI Act, July 2025) that the ledger can fill for one model, from the training and
/// fine-tuning uses it counted (docs/ai-act-summary.md). Times are Unix ms; <see cref="FirstUseUnixMs"/> and
/// <see cref="LastUseUnixMs"/> are null when the ledger counted no use. <see cref="Parties"/> lists at most
/// <see cref="AiActSummaryBuilder.MaxParties"/> parties, the most works first; <see cref="PartiesNotListed"/> counts the rest.
/// </summary>
public sealed record AiActSummary(
    long GeneratedAtUnixMs,
    string OperatorId,
    string OperatorName,
    string ModelId,
    string ModelName,
    long? FirstUseUnixMs,
    long? LastUseUnixMs,
    long Works,
    ImmutableArray<AiActCount> Modalities,
    AiActSourceGroup Licensed,
    AiActSourceGroup Unlicensed,
    AiActSourceGroup Refused,
    ImmutableArray<AiActParty> Parties,
    long PartiesNotListed,
    AiActRemovals Removals)
{
    /// <summary>The JSON document's schema name and version (docs/ai-act-summary.md); a new version for any change of meaning.</summary>
    public const string Schema = "royaltyledger.ai-act-summary";

    public const int SchemaVersion = 1;
}
