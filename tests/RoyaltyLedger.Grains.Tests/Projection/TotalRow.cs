namespace RoyaltyLedger.Grains.Tests.Projection;

/// <summary>A usage_totals row of one operator (the use kind left out: these tests use training throughout).</summary>
internal sealed record TotalRow(string Party, string Work, string Model, string Status, string Unit, string Currency, string Period, long Events, long Units, long Nanos);
