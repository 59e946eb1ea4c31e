namespace RoyaltyLedger.Domain.Removals;

/// <summary>What <see cref="RemovalTransitions"/> allows a step to do to a request as it stands.</summary>
public enum RemovalVerdict
{
    /// <summary>The step applies: write it with its journal entry; the request moves to <see cref="RemovalTransitions.Target"/>.</summary>
    Apply,

    /// <summary>
    /// The step was applied before under this id: nothing is written, and <see cref="RemovalConflicts"/> tells a repeat
    /// (the same content, which returns the first result) from a conflict.
    /// </summary>
    Compare,

    /// <summary>An attestation or a withdrawal names a request that does not exist.</summary>
    NotFound,

    /// <summary>The request reached the other final state (attested, or withdrawn): nothing is written.</summary>
    NotOpen,
}
