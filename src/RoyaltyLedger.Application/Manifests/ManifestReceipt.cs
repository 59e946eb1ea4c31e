using System.Collections.Immutable;
using RoyaltyLedger.Grains.Abstractions.Usage;

namespace RoyaltyLedger.Application.Manifests;

/// <summary>What the ledger did with a manifest's entries; rejections name "entries[i]", indexed over the whole manifest.</summary>
public sealed record ManifestReceipt(int Accepted, int Duplicates, ImmutableArray<EventRejectionRecord> Rejections);
