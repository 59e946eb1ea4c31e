namespace RoyaltyLedger.Application.Log;

/// <summary>The transparency log's settings (configuration section <c>TransparencyLog</c>).</summary>
public sealed class TransparencyLogOptions
{
    public const string Section = "TransparencyLog";

    /// <summary>
    /// The Ed25519 seed as base64 of 32 bytes (from a secret in k8s). Unset: the server generates one at its first
    /// start and keeps it in the database (docs/transparency-log.md weighs the two).
    /// </summary>
    public string? SigningKey { get; set; }

    /// <summary>How often the cluster signs a head of each partition whose log grew.</summary>
    public TimeSpan HeadInterval { get; set; } = TimeSpan.FromMinutes(1);
}
