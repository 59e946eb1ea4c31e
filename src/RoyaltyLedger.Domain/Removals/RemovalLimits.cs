namespace RoyaltyLedger.Domain.Removals;

/// <summary>The bounds removal requests and attestations stay within; <see cref="RemovalRules"/> checks the fields.</summary>
public static class RemovalLimits
{
    /// <summary>Characters of a request's reason. The journal entry carries its SHA-256, not the text.</summary>
    public const int MaxReasonLength = 1_000;

    /// <summary>Characters of an attestation's method (how the work was removed). The journal entry carries its SHA-256.</summary>
    public const int MaxMethodLength = 1_000;

    /// <summary>
    /// Characters of the note a withdrawal gives, bounded like the other notes of the ledger
    /// (<see cref="Validation.Text.MaxLength"/>). The journal entry carries its SHA-256.
    /// </summary>
    public const int MaxWithdrawalNoteLength = Validation.Text.MaxLength;

    /// <summary>
    /// Characters of the dataset or model version an attestation names. The journal entry carries the text, so it is
    /// short: even written as JSON \u escapes it stays under a tenth of the reference's 8,192 characters.
    /// </summary>
    public const int MaxModelVersionLength = 128;

    /// <summary>Hexadecimal characters of an attestation's content hash: a SHA-256 of what was removed.</summary>
    public const int ContentHashHexLength = 64;

    /// <summary>Requests one page of a listing holds at most, and what a listing holds when it asks for 0.</summary>
    public const int MaxPageSize = 100;

    public const int DefaultPageSize = 50;

    /// <summary>Removals a creator statement shows at most (the oldest first); the listing pages through the rest.</summary>
    public const int MaxPerStatement = 100;

    /// <summary>Demands for refused uses one pass of the ledger opens at most, each a journal entry in one transaction.</summary>
    public const int MaxDemandsPerPass = 100;
}
