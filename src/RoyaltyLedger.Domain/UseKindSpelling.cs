namespace RoyaltyLedger.Domain;

/// <summary>
/// The one spelling of each use wherever a user sees or types it: CLI flags and output, usage CSV and JSON Lines, the
/// CLI's and the server's JSON, the statement page and error messages. Kebab-case: "training", "fine-tuning",
/// "retrieval", "output", "style-imitation". The protobuf enum keeps its names (USE_KIND_FINE_TUNING) on the wire and
/// the stored number stays; only the edges map, through here. Input also accepts the snake_case spelling
/// ("fine_tuning") that the CLI's manifest command took before, so that nothing typed before breaks; output never
/// prints it.
/// </summary>
public static class UseKindSpelling
{
    public const string FineTuning = "fine-tuning";

    /// <summary>Every use's spelling, in enum order.</summary>
    public static readonly IReadOnlyList<string> All = ["training", FineTuning, "retrieval", "output", "style-imitation"];

    /// <summary>The uses listed for an error message.</summary>
    public const string Expected = "training, fine-tuning, retrieval, output or style-imitation";

    /// <summary>The spelling of <paramref name="use"/>; "unspecified" for none and for a number no use has.</summary>
    public static string Of(UseKind use) => use switch
    {
        UseKind.Training => "training",
        UseKind.FineTuning => FineTuning,
        UseKind.Retrieval => "retrieval",
        UseKind.Output => "output",
        UseKind.StyleImitation => "style-imitation",
        _ => "unspecified",
    };

    /// <summary>
    /// The use spelled <paramref name="text"/> (exactly, in lower case): the kebab-case spelling, or the older
    /// snake_case one ("fine_tuning", "style_imitation"). False for anything else, "unspecified" included.
    /// </summary>
    public static bool TryParse(string? text, out UseKind use)
    {
        use = text switch
        {
            "training" => UseKind.Training,
            FineTuning or "fine_tuning" => UseKind.FineTuning,
            "retrieval" => UseKind.Retrieval,
            "output" => UseKind.Output,
            "style-imitation" or "style_imitation" => UseKind.StyleImitation,
            _ => UseKind.Unspecified,
        };
        return use != UseKind.Unspecified;
    }
}
