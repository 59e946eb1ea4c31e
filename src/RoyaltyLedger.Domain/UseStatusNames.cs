namespace RoyaltyLedger.Domain;

/// <summary>
/// The names under which <see cref="UseStatus"/> is stored (<c>usage_totals.status</c>, data folders) and sent (reports'
/// licence statuses): "licensed", "unlicensed", "refused", "unidentified", "settled". They never change.
/// </summary>
public static class UseStatusNames
{
    public static string Of(UseStatus status) => status switch
    {
        UseStatus.Licensed => "licensed",
        UseStatus.Unlicensed => "unlicensed",
        UseStatus.Refused => "refused",
        UseStatus.Unidentified => "unidentified",
        UseStatus.Settled => "settled",
        _ => throw new ArgumentOutOfRangeException(nameof(status), status, $"use status {(int)status} is not one of the five"),
    };

    /// <summary>The status stored as <paramref name="name"/> (exact spelling); false for any other text.</summary>
    public static bool TryParse(string? name, out UseStatus status)
    {
        status = name switch
        {
            "licensed" => UseStatus.Licensed,
            "unlicensed" => UseStatus.Unlicensed,
            "refused" => UseStatus.Refused,
            "unidentified" => UseStatus.Unidentified,
            "settled" => UseStatus.Settled,
            _ => default,
        };
        return status != default;
    }
}
