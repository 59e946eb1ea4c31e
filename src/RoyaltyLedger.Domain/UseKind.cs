namespace RoyaltyLedger.Domain;

/// <summary>How an AI system used a work. Values match the wire enum.</summary>
public enum UseKind
{
    Unspecified = 0,
    Training = 1,
    FineTuning = 2,
    Retrieval = 3,
    Output = 4,
}
