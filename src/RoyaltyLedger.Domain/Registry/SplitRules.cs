using RoyaltyLedger.Domain.Money;
using RoyaltyLedger.Domain.Validation;

namespace RoyaltyLedger.Domain.Registry;

/// <summary>A work's contributors must name distinct creators whose shares sum to exactly 10,000 basis points.</summary>
public static class SplitRules
{
    public const int MaxContributors = 100;

    public static IReadOnlyList<FieldViolation> Validate(string workId, IReadOnlyList<Contributor> contributors)
    {
        ArgumentNullException.ThrowIfNull(contributors);
        var violations = new List<FieldViolation>();
        if (contributors.Count == 0)
        {
            violations.Add(new FieldViolation("contributors", $"work {workId} needs at least one contributor"));
            return violations;
        }

        if (contributors.Count > MaxContributors)
        {
            violations.Add(new FieldViolation("contributors",
                $"work {workId} lists {contributors.Count} contributors, at most {MaxContributors} are allowed"));
            return violations;
        }

        var seen = new HashSet<string>(StringComparer.Ordinal);
        long sum = 0;
        for (var i = 0; i < contributors.Count; i++)
        {
            var c = contributors[i];
            var field = $"contributors[{i}]";
            if (EntityIds.Check($"{field}.creator_id", c.CreatorId) is { } idViolation)
            {
                violations.Add(idViolation);
            }
            else if (!seen.Add(c.CreatorId))
            {
                violations.Add(new FieldViolation($"{field}.creator_id",
                    $"creator {c.CreatorId} is listed more than once on work {workId}"));
            }

            if (c.ShareBasisPoints is <= 0 or > Scales.BasisPointsWhole)
            {
                violations.Add(new FieldViolation($"{field}.share_bps",
                    $"{field}.share_bps is {c.ShareBasisPoints:N0}, expected 1 to {Scales.BasisPointsWhole:N0}"));
            }

            if (Text.CheckRequired($"{field}.role", c.Role, 64) is { } roleViolation)
            {
                violations.Add(roleViolation);
            }

            sum += c.ShareBasisPoints;
        }

        if (sum != Scales.BasisPointsWhole)
        {
            violations.Add(new FieldViolation("contributors",
                $"work {workId} splits sum to {sum:N0} basis points, expected {Scales.BasisPointsWhole:N0}"));
        }

        return violations;
    }
}
