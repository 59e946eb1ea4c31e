using RoyaltyLedger.Domain.Usage;
using RoyaltyLedger.Grains.Abstractions.Usage;

namespace RoyaltyLedger.Application.Usage;

/// <summary>
/// One event of an incoming batch as the edge read it: either the event, or its rejection when its wire form could
/// not be read at all (the edge names the field and value). Exactly one of the two is set.
/// </summary>
public sealed record IncomingEvent
{
    private IncomingEvent(UsageEvent? usage, EventRejectionRecord? rejection) => (Event, Rejection) = (usage, rejection);

    public UsageEvent? Event { get; }

    public EventRejectionRecord? Rejection { get; }

    public static IncomingEvent Read(UsageEvent usage) => new(usage ?? throw new ArgumentNullException(nameof(usage)), null);

    public static IncomingEvent Unreadable(EventRejectionRecord rejection) => new(null, rejection ?? throw new ArgumentNullException(nameof(rejection)));
}
