using RoyaltyLedger.Domain.Validation;

namespace RoyaltyLedger.Domain.Registry;

/// <summary>The media a work may be registered as.</summary>
public static class WorkMedia
{
    public static readonly IReadOnlyList<string> All =
        ["text", "music", "sound_recording", "image", "video", "article", "performance"];

    public static FieldViolation? Check(string field, string medium) =>
        All.Contains(medium, StringComparer.Ordinal)
            ? null
            : new FieldViolation(field, $"{field} '{EntityIds.Printable(medium)}' is not one of {string.Join(", ", All)}");
}
