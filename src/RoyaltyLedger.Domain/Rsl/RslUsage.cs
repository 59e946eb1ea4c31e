using System.Collections.Immutable;

namespace RoyaltyLedger.Domain.Rsl;

/// <summary>
/// RSL 1.0 usage tokens (<c>&lt;permits type="usage"&gt;</c>, <c>&lt;prohibits type="usage"&gt;</c>) as the ledger's
/// uses. <c>all</c> and <c>ai-all</c> are every use; <c>ai-train</c> is training and fine-tuning; <c>ai-input</c>
/// (content given to a model at inference, e.g. retrieval-augmented answers) is retrieval. <c>ai-index</c> and
/// <c>search</c> name uses the ledger does not count, so they map to nothing and are reported. <c>train-ai</c>, the
/// AI Preferences spelling the RSL guide's templates use, reads as <c>ai-train</c>.
/// </summary>
public static class RslUsage
{
    private static readonly ImmutableArray<UseKind> Every =
        [UseKind.Training, UseKind.FineTuning, UseKind.Retrieval, UseKind.Output, UseKind.StyleImitation];

    /// <summary>The uses a token names; false for a token the ledger has no use for (known or not).</summary>
    public static bool TryMap(string token, out ImmutableArray<UseKind> uses)
    {
        uses = token switch
        {
            "all" or "ai-all" => Every,
            "ai-train" or "train-ai" => [UseKind.Training, UseKind.FineTuning],
            "ai-input" => [UseKind.Retrieval],
            _ => [],
        };
        return !uses.IsEmpty;
    }

    /// <summary>Whether RSL 1.0 defines the token (so an unmapped one is "not counted by the ledger", not "unknown").</summary>
    public static bool IsKnown(string token) => token is "all" or "ai-all" or "ai-train" or "train-ai" or "ai-input" or "ai-index" or "search";

    /// <summary>Every use, in enum order: what a license without a usage permission permits.</summary>
    public static ImmutableArray<UseKind> All => Every;
}
