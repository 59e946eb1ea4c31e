using RoyaltyLedger.Domain.Money;
namespace RoyaltyLedger.Server.Web;

/// <summary>One bar of a chart: what it stands for, and an exact amount in nanos of one currency.</summary>
public sealed record ChartBar(string Label, string Currency, Int128 AmountNanos);
