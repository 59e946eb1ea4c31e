namespace RoyaltyLedger.Domain.Removals;

/// <summary>How a removal request stands.</summary>
public static class RemovalStates
{
    /// <summary>Stored: waiting for the operator's attestation.</summary>
    public const string Open = "open";

    /// <summary>Stored: the operator attested the removal, with evidence.</summary>
    public const string Attested = "attested";

    /// <summary>
    /// Stored: a creator of the work, their society or an admin withdrew the request while it was open. Final: a
    /// withdrawn request is never attested, so it never shows <see cref="Violated"/>.
    /// </summary>
    public const string Withdrawn = "withdrawn";

    /// <summary>
    /// Shown, never stored: attested, and the model (or one of the operator's models) was trained or fine-tuned on the
    /// work after the attested removal.
    /// </summary>
    public const string Violated = "violated";

    /// <summary>What a request shows: its stored state, or <see cref="Violated"/> once uses after the removal were recorded.</summary>
    public static string Shown(string stored, long usesAfterRemoval) =>
        stored == Attested && usesAfterRemoval > 0 ? Violated : stored;
}
