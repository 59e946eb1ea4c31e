using Google.Protobuf.WellKnownTypes;
using UsageEvent = RoyaltyLedger.Contracts.V1.UsageEvent;

namespace RoyaltyLedger.Server.Tests.Infrastructure;

/// <summary>What the protocol tests send that a careful client never would.</summary>
internal static class BrokenMessages
{
    /// <summary>A varint that never ends: no protobuf decoder accepts it.</summary>
    public static readonly byte[] Garbage = [0x08, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF];

    /// <summary>The event dated by a raw Timestamp, which may lie outside what protobuf allows.</summary>
    public static UsageEvent At(UsageEvent e, long seconds, int nanos)
    {
        e.OccurredAt = new Timestamp { Seconds = seconds, Nanos = nanos };
        return e;
    }
}
