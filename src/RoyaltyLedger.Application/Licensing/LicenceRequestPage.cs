using RoyaltyLedger.Grains.Abstractions.Licensing;

namespace RoyaltyLedger.Application.Licensing;

/// <summary>One page of a party's licence requests by id; <see cref="NextAfterId"/> is the id the next page starts after, empty on the last.</summary>
public sealed record LicenceRequestPage(IReadOnlyList<LicenceRequestView> Requests, string NextAfterId);
