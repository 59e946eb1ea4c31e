namespace RoyaltyLedger.Domain;

/// <summary>How an AI system used a work. Values match the wire enum.</summary>
public enum UseKind
{
    Unspecified = 0,
    Training = 1,
    FineTuning = 2,
    Retrieval = 3,
    Output = 4,
    /// <summary>
    /// Generating output in the manner of a creator or work, consented to and licensed apart from plain output.
    /// The domain has it before the wire enum does; the wire enum will gain the same number.
    /// </summary>
    StyleImitation = 5,
}
