namespace RoyaltyLedger.Domain.Removals;

/// <summary>Where a removal request came from, as stored.</summary>
public static class RemovalOrigins
{
    /// <summary>A creator of the work, a society of one of them, or an admin asked.</summary>
    public const string Request = "request";

    /// <summary>The ledger opened it itself: a creator refused training or fine-tuning, and the model was trained on the work anyway.</summary>
    public const string RefusedUse = "refused-use";

    /// <summary>The role recorded as the requester of a <see cref="RefusedUse"/> demand, which no key asked for.</summary>
    public const string LedgerRole = "ledger";
}
