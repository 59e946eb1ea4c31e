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
        Work("harbour-lights", "Harbour Lights", "music", ("lucas-martin", "composer", 6_000), ("sofia-reyes", "lyricist", 4_000)).With("iswc", "T-034.524.680-1"),
        Work("north-wind", "North Wind", "music", ("lucas-martin", "composer", 5_000), ("sofia-reyes", "lyricist", 5_000)),
        Work("foxes-at-dusk", "Foxes at Dusk", "image", ("mei-tanaka", "illustrator", 10_000)),
        Work("fjord-5am", "Fjord, 5 a.m.", "image", ("jonas-berg", "photographer", 10_000)),
        Work("who-owns-the-water", "Who Owns the Water?", "article", ("amara-diallo", "journalist", 7_000), ("ada-okafor", "co-author", 3_000)).With("doi", "10.1000/182"),
        Work("night-garden", "The Night Garden", "text", ("ada-okafor", "author", 5_000), ("mei-tanaka", "illustrator", 5_000)),
    ];

    public static readonly GrantLicenceRequest[] Licences =
    [
        Licence("lic-lumen-tides", "tides-of-lagos", "lumen-ai", 2_000_000, 1_000_000, "tokens", UseKind.Training, UseKind.Retrieval),
        Licence("lic-lumen-harbour", "harbour-lights", "lumen-ai", 1_500_000, 1_000_000, "tokens", UseKind.Training),
        Licence("lic-lumen-north", "north-wind", "lumen-ai", 1_500_000, 1_000_000, "tokens", UseKind.Training),
        Licence("lic-lumen-foxes", "foxes-at-dusk", "lumen-ai", 50_000, 1, "images", UseKind.Training, UseKind.Output),
        Licence("lic-quill-tides", "tides-of-lagos", "quill-labs", 120_000, 1_000, "tokens", UseKind.Output),
        Licence("lic-quill-water", "who-owns-the-water", "quill-labs", 10_000, 1, "retrievals", UseKind.Retrieval),
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

    private static GrantLicenceRequest Licence(string id, string work, string op, long priceMicros, long perUnits, string unitKind, params UseKind[] uses)
    {
        var licence = new GrantLicenceRequest
        {
            LicenceId = id,
            WorkId = work,
            OperatorId = op,
            Tariff = new Tariff { Currency = "EUR", PriceMicros = priceMicros, PerUnits = perUnits, UnitKind = unitKind },
        };
        licence.Uses.AddRange(uses);
        return licence;
    }
}
