namespace RoyaltyLedger.Application.Quarantine;

/// <summary>Log positions of quarantined uses.</summary>
public static class UseKeys
{
    /// <summary>The event index that stands for a whole log row whose payload or counted mask could not be read.</summary>
    public const int WholeRow = -1;

    /// <summary>The longest error message kept; longer ones are cut, ending in "…".</summary>
    public const int MaxMessageLength = 2_000;

    public static string Cut(string message)
    {
        ArgumentNullException.ThrowIfNull(message);
        return message.Length <= MaxMessageLength ? message : string.Concat(message.AsSpan(0, MaxMessageLength - 1), "…");
    }
}
