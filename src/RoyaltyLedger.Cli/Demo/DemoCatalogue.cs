using Google.Protobuf.WellKnownTypes;
using RoyaltyLedger.Contracts.V1;

namespace RoyaltyLedger.Cli.Demo;

/// <summary>A small, realistic catalogue: creators, co-written works, two AI platforms and their licences.</summary>
internal static class DemoCatalogue
{
    public static readonly RegisterCreatorRequest[] Creators =
    [
        new() { CreatorId = "ada-okafor", DisplayName = "Ada Okafor" },
        new() { CreatorId = "lucas-martin", DisplayName = "Lucas Martin" },
        new() { CreatorId = "sofia-reyes", DisplayName = "Sofía Reyes" },
        new() { CreatorId = "mei-tanaka", DisplayName = "Mei Tanaka" },
        new() { CreatorId = "jonas-berg", DisplayName = "Jonas Berg" },
        new() { CreatorId = "amara-diallo", DisplayName = "Amara Diallo" },
    ];

    public static readonly RegisterOperatorRequest[] Operators =
    [
        new() { OperatorId = "lumen-ai", DisplayName = "Lumen AI" },
        new() { OperatorId = "quill-labs", DisplayName = "Quill Labs" },
    ];

    public static readonly RegisterModelRequest[] Models =
    [
        new() { ModelId = "lumen-7b", OperatorId = "lumen-ai", DisplayName = "Lumen 7B" },
        new() { ModelId = "lumen-vision", OperatorId = "lumen-ai", DisplayName = "Lumen Vision" },
        new() { ModelId = "quill-writer", OperatorId = "quill-labs", DisplayName = "Quill Writer" },
    ];

    public static readonly RegisterWorkRequest[] Works =
    [
        Work("tides-of-lagos", "The Tides of Lagos", "text", ("ada-okafor", "author", 10_000)).With("isbn13", "978-0-306-40615-7"),
        Work("harbour-lights", "Harbour Lights", "music", ("lucas-martin", "composer", 6_000), ("sofia-reyes", "lyricist", 4_000)).With("iswc", "T-034.524.680-1").HeldBy("harbour-music"),
        Work("north-wind", "North Wind", "music", ("lucas-martin", "composer", 5_000), ("sofia-reyes", "lyricist", 5_000)).HeldBy("harbour-music"),
        Work("foxes-at-dusk", "Foxes at Dusk", "image", ("mei-tanaka", "illustrator", 10_000)),
        Work("fjord-5am", "Fjord, 5 a.m.", "image", ("jonas-berg", "photographer", 10_000)),
        Work("who-owns-the-water", "Who Owns the Water?", "article", ("amara-diallo", "journalist", 7_000), ("ada-okafor", "co-author", 3_000)).With("doi", "10.1000/182"),
        Work("night-garden", "The Night Garden", "text", ("ada-okafor", "author", 5_000), ("mei-tanaka", "illustrator", 5_000)),
    ];

    public static readonly RegisterRightsholderRequest[] Rightsholders =
    [
        new() { RightsholderId = "harbour-music", DisplayName = "Harbour Music Publishing", Kind = "publisher" },
    ];

    /// <summary>Licences take effect from the first of the year, before the demo's usage starts.</summary>
    private static readonly DateTimeOffset LicencesStart = new(2026, 1, 1, 0, 0, 0, TimeSpan.Zero);

    public static readonly GrantLicenceRequest[] Licences =
    [
        Licence("lic-lumen-tides", "lumen-ai", ("ada-okafor", null), ["tides-of-lagos"], Price(2_000_000, 1_000_000, "tokens"), UseKind.Training, UseKind.Retrieval),
        // A publisher's catalogue licence: it covers a song only for the creators who consented (see Consents).
        Licence("lic-lumen-harbour-catalogue", "lumen-ai", (null, "harbour-music"), [], Price(1_500_000, 1_000_000, "tokens"), UseKind.Training),
        Licence("lic-lumen-foxes", "lumen-ai", ("mei-tanaka", null), ["foxes-at-dusk"], Price(50_000, 1, "images"), UseKind.Training, UseKind.Output),
        Licence("lic-quill-tides", "quill-labs", ("ada-okafor", null), ["tides-of-lagos"], Price(120_000, 1_000, "tokens"), UseKind.Output),
        Licence("lic-quill-water", "quill-labs", ("amara-diallo", null), ["who-owns-the-water"], Price(10_000, 1, "retrievals"), UseKind.Retrieval),
    ];

    /// <summary>
    /// Creators' own decisions. Lucas and Sofía back the publisher's licence for Harbour Lights, but Sofía has not
    /// consented for North Wind, so the catalogue licence does not cover it; Ada consents to Amara's licence of
    /// their co-written article; Jonas refuses all training on his photographs.
    /// </summary>
    public static readonly RecordConsentRequest[] Consents =
    [
        Consent("lucas-martin", "", UseKind.Training, "lumen-ai", ConsentDecision.Granted),
        Consent("sofia-reyes", "harbour-lights", UseKind.Training, "lumen-ai", ConsentDecision.Granted),
        Consent("ada-okafor", "who-owns-the-water", UseKind.Retrieval, "quill-labs", ConsentDecision.Granted),
        Consent("jonas-berg", "", UseKind.Training, "", ConsentDecision.Refused),
    ];

    private static RegisterWorkRequest Work(string id, string title, string medium, params (string Creator, string Role, uint Bps)[] contributors)
    {
        var work = new RegisterWorkRequest { WorkId = id, Title = title, Medium = medium };
        work.Contributors.AddRange(contributors.Select(c => new Contributor { CreatorId = c.Creator, Role = c.Role, ShareBps = c.Bps }));
        return work;
    }

    private static RegisterWorkRequest With(this RegisterWorkRequest work, string scheme, string value)
    {
        work.Identifiers.Add(new Identifier { Scheme = scheme, Value = value });
        return work;
    }

    private static RegisterWorkRequest HeldBy(this RegisterWorkRequest work, string rightsholderId)
    {
        work.RightsholderIds.Add(rightsholderId);
        return work;
    }

    private static Tariff Price(long priceMicros, long perUnits, string unitKind) =>
        new() { Currency = "EUR", PriceMicros = priceMicros, PerUnits = perUnits, UnitKind = unitKind };

    private static GrantLicenceRequest Licence(
        string id, string op, (string? Creator, string? Rightsholder) licensor, string[] works, Tariff tariff, params UseKind[] uses)
    {
        var licence = new Licence
        {
            LicenceId = id,
            OperatorId = op,
            StartsAt = Timestamp.FromDateTimeOffset(LicencesStart),
            Tariff = tariff,
        };
        if (licensor.Creator is { } creator)
        {
            licence.LicensorCreatorId = creator;
        }
        else
        {
            licence.LicensorRightsholderId = licensor.Rightsholder;
        }

        licence.WorkIds.AddRange(works);
        licence.Uses.AddRange(uses);
        return new GrantLicenceRequest { Licence = licence };
    }

    private static RecordConsentRequest Consent(string creator, string work, UseKind use, string op, ConsentDecision decision) =>
        new() { CreatorId = creator, WorkId = work, Use = use, OperatorId = op, Decision = decision };
}
