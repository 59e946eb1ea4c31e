using RoyaltyLedger.Grains.Abstractions.Licensing;

namespace RoyaltyLedger.Grains.Licensing;

[GenerateSerializer, Alias("rl.LicenceRequestState.v1")]
public sealed class LicenceRequestState
{
    [Id(0)] public LicenceRequestView? Request { get; set; }
}
