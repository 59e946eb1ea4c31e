using RoyaltyLedger.Grains.Projection;

namespace RoyaltyLedger.Grains.Tests.Projection;

public class ProjectionSettingsTests
{
    [Theory]
    [InlineData(ProjectionSettings.LeastEventsPerRound)]
    [InlineData(ProjectionSettings.MostEventsPerRound)]
    public void Of_AtEachEdge_IsTaken(long events)
    {
        Assert.Equal(events, ProjectionSettings.Of(events).MaxEventsPerRound);
    }

    [Theory]
    [InlineData(ProjectionSettings.LeastEventsPerRound - 1, "Projection:MaxEventsPerRound is 999, expected 1,000 to 1,000,000")]
    [InlineData(ProjectionSettings.MostEventsPerRound + 1, "Projection:MaxEventsPerRound is 1,000,001, expected 1,000 to 1,000,000")]
    [InlineData(0, "Projection:MaxEventsPerRound is 0, expected 1,000 to 1,000,000")]
    public void Of_JustOutsideTheRange_NamesTheSettingAndValue(long events, string message)
    {
        Assert.Equal(message, Assert.Throws<InvalidOperationException>(() => ProjectionSettings.Of(events)).Message);
    }

    [Fact]
    public void Default_IsTheDocumentedRoundSize()
    {
        Assert.Equal(ProjectionSettings.DefaultMaxEventsPerRound, ProjectionSettings.Default.MaxEventsPerRound);
    }
}
