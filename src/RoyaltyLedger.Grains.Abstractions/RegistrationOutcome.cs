namespace RoyaltyLedger.Grains.Abstractions;

/// <summary>What an idempotent registration did.</summary>
[GenerateSerializer]
public enum RegistrationOutcome
{
    /// <summary>The entity did not exist and now does.</summary>
    Created = 0,

    /// <summary>The same content was registered before; nothing changed.</summary>
    Unchanged = 1,

    /// <summary>The id is taken by different content; nothing changed and <c>Current</c> shows what is held.</summary>
    Conflict = 2,
}
