namespace RoyaltyLedger.Domain.AiAct;

/// <summary>
/// The template's sections (numbering and titles of the Commission's July 2025 template) and, for those the ledger
/// cannot fill, why: both renderings state them the same way.
/// </summary>
public static class AiActSections
{
    public const string Template =
        "European Commission, Template for the Public Summary of Training Content for general-purpose AI models (Article 53(1)(d) AI Act), July 2025";

    public const string Scope =
        "Filled by the royalty ledger from the training and fine-tuning uses it counted for this model; it covers only works registered with or reported to the ledger.";

    /// <summary>Sections the ledger cannot fill: number, title, reason.</summary>
    public static readonly IReadOnlyList<(string Number, string Title, string Reason)> NotFilled =
    [
        ("1.3.size", "Training data size", "the ledger counts works, use events and units, not bytes or tokens of the whole training set"),
        ("2.1", "Publicly available datasets", "the ledger does not know which public datasets the provider used"),
        ("2.2.2", "Private datasets obtained from other third parties", "the ledger does not know datasets obtained outside licences recorded in it"),
        ("2.3", "Data crawled and scraped from online sources", "the ledger does not see crawlers; unlicensed uses it counted are listed under 2.6"),
        ("2.4", "User data", "the ledger does not see user data"),
        ("2.5", "Synthetic data", "the ledger does not see synthetic data"),
        ("3.2", "Removal of illegal content", "the ledger records removals of works at their rightsholders' request (3.1), not illegal-content filtering"),
    ];

    public static string Reason(string number) => NotFilled.First(s => s.Number == number).Reason;
}
