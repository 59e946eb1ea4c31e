namespace RoyaltyLedger.Domain.Licensing;

/// <summary>Why a licence does not cover a work at an instant, as <see cref="LicenceCoverage"/> reports it.</summary>
public enum CoverageGapKind
{
    /// <summary>A contributor has neither granted nor refused the use by the licence's operator for the work.</summary>
    NotGiven = 0,

    /// <summary>A contributor has explicitly refused the use by the licence's operator for the work.</summary>
    Refused = 1,

    /// <summary>The instant precedes the work's first split, so there are no contributors to consent.</summary>
    NoSplitInForce = 2,

    /// <summary>The licence is from a creator who is not a contributor under the split in force.</summary>
    LicensorNotContributor = 3,

    /// <summary>The licence's term ended at or before the instant.</summary>
    TermEnded = 4,

    /// <summary>The instant precedes the start of a licence that is not retroactive.</summary>
    NotStarted = 5,
}
