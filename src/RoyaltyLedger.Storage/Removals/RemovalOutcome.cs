namespace RoyaltyLedger.Storage.Removals;

/// <summary>What a request or an attestation did.</summary>
public enum RemovalOutcome
{
    /// <summary>Stored now, with its journal entry.</summary>
    Created,

    /// <summary>The same id with the same content was stored before: nothing was written, the first result stands.</summary>
    Repeated,

    /// <summary>The same id with other content was stored before: nothing was written; <see cref="RemovalWrite.Conflict"/> says what differs.</summary>
    Conflict,

    /// <summary>An attestation names a request that does not exist.</summary>
    NotFound,
}
