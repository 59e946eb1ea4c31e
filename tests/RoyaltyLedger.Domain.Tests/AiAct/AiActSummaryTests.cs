using System.Text.Json;
using RoyaltyLedger.Domain.AiAct;
using RoyaltyLedger.Domain.Removals;

namespace RoyaltyLedger.Domain.Tests.AiAct;

public class AiActSummaryTests
{
    private const long Jan = 1_767_225_600_000; // 2026-01-01T00:00:00Z
    private const long Day = 86_400_000;

    private static AiActSummary Scenario()
    {
        var b = new AiActSummaryBuilder();
        b.AddWork(new AiActWork("w-licensed", "music", ["c-anna", "c-ben"], ["rh-label"]),
            [new AiActUse(UseKind.Training, UseStatus.Licensed, "tokens", 3, 3_000, Jan, Jan + Day)]);
        b.AddWork(new AiActWork("w-mixed", "music", ["c-anna"], []),
            [
                new AiActUse(UseKind.Training, UseStatus.Licensed, "tokens", 1, 100, Jan + 2 * Day, Jan + 2 * Day),
                new AiActUse(UseKind.FineTuning, UseStatus.Unlicensed, "tokens", 2, 200, Jan + 3 * Day, Jan + 4 * Day),
            ]);
        b.AddWork(new AiActWork("w-refused", "text", ["c-cara"], []),
            [new AiActUse(UseKind.Training, UseStatus.Refused, "tokens", 5, 50, Jan - Day, Jan + 9 * Day)]);
        b.AddWork(new AiActWork("w-gone", "", [], []),
            [new AiActUse(UseKind.Training, UseStatus.Unlicensed, "images", 1, 1, Jan, Jan)]);
        b.AddWork(new AiActWork("w-none", "music", ["c-anna"], []), []);
        b.AddRemoval(RemovalStates.Attested, RemovalOrigins.Request);
        b.AddRemoval(RemovalStates.Open, RemovalOrigins.RefusedUse);
        b.AddRemoval(RemovalStates.Withdrawn, RemovalOrigins.Request);
        return b.Build("op-1", "Acme AI", "m-1", "Acme <b>|Large|</b>", Jan + 30 * Day);
    }

    [Fact]
    public void Build_MixedScenario_CountsEachStatusAndMedium()
    {
        var s = Scenario();
        Assert.Equal(4, s.Works);
        Assert.Equal(Jan - Day, s.FirstUseUnixMs);
        Assert.Equal(Jan + 9 * Day, s.LastUseUnixMs);
        Assert.Equal(["music", "text", "unregistered"], s.Modalities.Select(m => m.Key));
        Assert.Equal((2L, 6L), (s.Modalities[0].Works, s.Modalities[0].Events));
        Assert.Equal((2L, 4L), (s.Licensed.Works, s.Licensed.Events));
        Assert.Equal((2L, 3L), (s.Unlicensed.Works, s.Unlicensed.Events));
        Assert.Equal(["fine-tuning", "training"], s.Unlicensed.ByUse.Select(u => u.Key).Order(StringComparer.Ordinal));
        Assert.Equal((1L, 5L), (s.Refused.Works, s.Refused.Events));
        Assert.Equal([new AiActUnits("tokens", 3_100)], s.Licensed.ByMedium[0].Units.ToArray());
        Assert.Equal(new AiActParty("c-anna", "creator", 2, 1, 0), s.Parties[0]);
        Assert.Contains(new AiActParty("rh-label", "rightsholder", 1, 0, 0), s.Parties);
        Assert.Contains(new AiActParty("c-cara", "creator", 0, 0, 1), s.Parties);
        Assert.Equal(new AiActRemovals(3, 1, 1, 1, 1), s.Removals);
    }

    [Fact]
    public void Build_NoUses_EmptySummaryWithNullPeriod()
    {
        var s = new AiActSummaryBuilder().Build("op-1", "Acme", "m-1", "M", Jan);
        Assert.Null(s.FirstUseUnixMs);
        Assert.Equal(0, s.Works);
        Assert.Same(AiActSourceGroup.Empty, s.Licensed);
        using var json = JsonDocument.Parse(AiActSummaryJson.Write(s));
        Assert.Equal(JsonValueKind.Null, json.RootElement.GetProperty("generalInformation").GetProperty("trainingUses").GetProperty("first").ValueKind);
        Assert.Contains("none.", AiActSummaryMarkdown.Write(s), StringComparison.Ordinal);
    }

    [Fact]
    public void Build_MoreThanMaxParties_ListsMaxAndCountsTheRest()
    {
        var b = new AiActSummaryBuilder();
        for (var i = 0; i <= AiActSummaryBuilder.MaxParties; i++)
        {
            b.AddWork(new AiActWork($"w-{i}", "text", [$"c-{i:D5}"], []), [new AiActUse(UseKind.Training, UseStatus.Licensed, "tokens", 1, 1, Jan, Jan)]);
        }

        var s = b.Build("op", "O", "m", "M", Jan);
        Assert.Equal(AiActSummaryBuilder.MaxParties, s.Parties.Length);
        Assert.Equal(1, s.PartiesNotListed);
        Assert.Equal("c-00000", s.Parties[0].PartyId);
    }

    [Fact]
    public void Json_Scenario_HasSchemaVersionSectionsAndNumbers()
    {
        using var json = JsonDocument.Parse(AiActSummaryJson.Write(Scenario()));
        var root = json.RootElement;
        Assert.Equal("royaltyledger.ai-act-summary", root.GetProperty("schema").GetString());
        Assert.Equal(1, root.GetProperty("schemaVersion").GetInt32());
        Assert.Equal("2026-01-31T00:00:00.000Z", root.GetProperty("generatedAt").GetString());
        var general = root.GetProperty("generalInformation");
        Assert.Equal("op-1", general.GetProperty("provider").GetProperty("operatorId").GetString());
        Assert.Equal("2025-12-31T00:00:00.000Z", general.GetProperty("trainingUses").GetProperty("first").GetString());
        var sources = root.GetProperty("dataSources");
        Assert.Equal("2.2.1", sources.GetProperty("licensedByRightsholders").GetProperty("section").GetString());
        Assert.Equal(2, sources.GetProperty("licensedByRightsholders").GetProperty("works").GetInt64());
        Assert.Equal(3, sources.GetProperty("otherSources").GetProperty("usedWithoutLicence").GetProperty("events").GetInt64());
        Assert.Equal(1, sources.GetProperty("otherSources").GetProperty("usedAgainstRefusal").GetProperty("works").GetInt64());
        var reservation = root.GetProperty("dataProcessing").GetProperty("reservationOfRights");
        Assert.Equal(5, reservation.GetProperty("eventsAgainstRefusal").GetInt64());
        Assert.Equal(1, reservation.GetProperty("removals").GetProperty("attested").GetInt64());
        Assert.Equal(["1.3.size", "2.1", "2.2.2", "2.3", "2.4", "2.5", "3.2"],
            root.GetProperty("notFilled").EnumerateArray().Select(e => e.GetProperty("section").GetString()));
    }

    [Fact]
    public void Json_SameSummary_SameBytes() =>
        Assert.Equal(AiActSummaryJson.Write(Scenario()), AiActSummaryJson.Write(Scenario()));

    [Fact]
    public void Markdown_Scenario_FollowsTemplateNumberingInOrder()
    {
        var md = AiActSummaryMarkdown.Write(Scenario());
        string[] headings =
        [
            "## 1. General information", "### 1.1 Provider identification", "### 1.2 Model identification",
            "### 1.3 Modalities, overall training data size and other characteristics", "## 2. List of data sources",
            "### 2.1 Publicly available datasets", "### 2.2 Private non-publicly available datasets obtained from third parties",
            "#### 2.2.1 Datasets commercially licensed by rightsholders or their representatives",
            "#### 2.2.2 Private datasets obtained from other third parties", "### 2.3 Data crawled and scraped from online sources",
            "### 2.4 User data", "### 2.5 Synthetic data", "### 2.6 Other sources of data", "## 3. Data processing aspects",
            "### 3.1 Respect of reservation of rights from the text and data mining exception or limitation", "### 3.2 Removal of illegal content",
        ];
        var positions = headings.Select(h => md.IndexOf("\n" + h + "\n", StringComparison.Ordinal)).ToList();
        Assert.All(positions.Zip(headings), p => Assert.True(p.First >= 0, $"missing heading {p.Second}"));
        Assert.Equal(positions.Order(), positions);
        Assert.Contains("**Flagged:** works used without a licence: 2 works, 3 use events.", md, StringComparison.Ordinal);
        Assert.Contains("| c\\-anna | creator | 2 | 1 | 0 |", md, StringComparison.Ordinal);
        Assert.Contains("Removal requests concerning the model: 3 (1 attested as removed, 1 open, 1 withdrawn; 1 opened by the ledger", md, StringComparison.Ordinal);
        Assert.Contains("*Not filled by the ledger: the ledger does not see user data.*", md, StringComparison.Ordinal);
    }

    [Fact]
    public void Markdown_NameWithMarkup_Escaped()
    {
        var md = AiActSummaryMarkdown.Write(Scenario());
        Assert.Contains("Acme \\<b\\>\\|Large\\|\\</b\\>", md, StringComparison.Ordinal);
        Assert.DoesNotContain("<b>", md, StringComparison.Ordinal);
    }
}
