using RoyaltyLedger.Grains.Abstractions.Licensing;

namespace RoyaltyLedger.Application.Licensing;

/// <summary>
/// Whether a licence covers each work of one page of its scope, judged at <see cref="JudgedAt"/>;
/// <see cref="NextAfterWorkId"/> is the last work of the page when more follow, else empty.
/// </summary>
public sealed record LicenceCoveragePage(LicenceRecord Licence, DateTimeOffset JudgedAt, IReadOnlyList<WorkCoverageView> Works, string NextAfterWorkId);
