namespace RoyaltyLedger.Domain.Licensing;

/// <summary>
/// One reason a licence does not cover a work. A gap about one contributor's consent names the <see cref="Use"/> and
/// the <see cref="CreatorId"/>; a gap that stops every use of the licence has a null <see cref="Use"/>, and names the
/// creator only when one is at fault (<see cref="CoverageGapKind.LicensorNotContributor"/>).
/// </summary>
public sealed record CoverageGap(UseKind? Use, string? CreatorId, CoverageGapKind Kind, string Reason);
