using Microsoft.Extensions.Time.Testing;
using RoyaltyLedger.Grains.Projection;

namespace RoyaltyLedger.Grains.Tests.Projection;

public class IngestActivityTests
{
    [Fact]
    public void IsQuiet_NoBatchYet_IsQuiet()
    {
        Assert.True(new IngestActivity(new FakeTimeProvider()).IsQuiet);
    }

    [Fact]
    public void IsQuiet_AfterABatch_QuietOnlyOnceThePeriodHasPassed()
    {
        var clock = new FakeTimeProvider();
        var ingest = new IngestActivity(clock);

        ingest.BatchArrived();
        clock.Advance(IngestActivity.QuietBeforeChaining - TimeSpan.FromMilliseconds(1));
        Assert.False(ingest.IsQuiet);

        clock.Advance(TimeSpan.FromMilliseconds(1));
        Assert.True(ingest.IsQuiet);

        ingest.BatchArrived();
        Assert.False(ingest.IsQuiet);
    }
}
