namespace RoyaltyLedger.Application.Licensing;

/// <summary>
/// The licence use cases, together: the licence calls live in the registry's gRPC service, which takes them as one
/// dependency.
/// </summary>
public sealed record LicenceUseCases(GrantLicence Grant, GetLicence Get, ListLicences List, GetLicenceCoverage Coverage);
