namespace RoyaltyLedger.Application.Removals;

/// <summary>What a request, an attestation or a withdrawal did.</summary>
public enum RemovalOutcome
{
    /// <summary>Stored now, with its journal entry.</summary>
    Created,

    /// <summary>The same id with the same content was stored before: nothing was written, the first result stands.</summary>
    Repeated,

    /// <summary>The same id with other content was stored before: nothing was written; <see cref="RemovalWrite.Conflict"/> says what differs.</summary>
    Conflict,

    /// <summary>An attestation or a withdrawal names a request that does not exist.</summary>
    NotFound,

    /// <summary>
    /// The request is no longer open, so nothing was written: a withdrawal found it attested, or an attestation found
    /// it withdrawn. <see cref="RemovalWrite.Removal"/> shows how it stands.
    /// </summary>
    NotOpen,
}
