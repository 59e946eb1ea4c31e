using RoyaltyLedger.Domain.Licensing;
using RoyaltyLedger.Domain.Registry;

namespace RoyaltyLedger.Domain.Tests.Licensing;

/// <summary>Givens shared by the licensing specs: one work w-1 in rightsholder r-1's catalogue, operator op-1, model m-1.</summary>
internal static class LicensingFacts
{
    public const string Work = "w-1";
    public const string Operator = "op-1";
    public const string Model = "m-1";
    public const string Rightsholder = "r-1";

    public static readonly Tariff Tokens = new("EUR", 2_000_000, 1_000_000, "tokens");

    public static DateTimeOffset Day(int year, int month, int day) => new(year, month, day, 0, 0, 0, TimeSpan.Zero);

    /// <summary>A licence from r-1 to op-1 for training of w-1, all models, worldwide, from 2026-01-01 with no end.</summary>
    public static Licence DirectLicence(string id = "L-1", Licensor? licensor = null) => new()
    {
        LicenceId = id,
        Licensor = licensor ?? Licensor.OfRightsholder(Rightsholder),
        OperatorId = Operator,
        ModelIds = null,
        WorkIds = [Work],
        Uses = [UseKind.Training],
        TerritoryCodes = null,
        StartsAt = Day(2026, 1, 1),
        EndsAt = null,
        Retroactive = false,
        Tariff = Tokens,
    };

    public static Licence CatalogueLicence(string id = "L-cat") => DirectLicence(id) with { WorkIds = null };

    public static ConsentRecord Grant(string creator, string? work = null, string? op = null, UseKind use = UseKind.Training) =>
        new(creator, work, use, op, ConsentState.Granted);

    public static ConsentRecord Refuse(string creator, string? work = null, string? op = null, UseKind use = UseKind.Training) =>
        new(creator, work, use, op, ConsentState.Refused);

    public static ConsentRecord NotGiven(string creator, string? work = null, string? op = null, UseKind use = UseKind.Training) =>
        new(creator, work, use, op, ConsentState.NotGiven);

    public static SplitVersion Split(DateTimeOffset from, params string[] creators) =>
        new(from, [.. creators.Select((c, i) => new Contributor(c, "author", Share(creators.Length, i)))]);

    /// <summary>c-1 alone since 2025-01-01.</summary>
    public static SplitHistory Solo() => SplitHistory.Create(Work, [Split(Day(2025, 1, 1), "c-1")]);

    /// <summary>c-1 and c-2 since 2025-01-01.</summary>
    public static SplitHistory Duo() => SplitHistory.Create(Work, [Split(Day(2025, 1, 1), "c-1", "c-2")]);

    public static CompiledWork Snapshot(IReadOnlyList<Licence> licences, IReadOnlyList<ConsentRecord> consents, SplitHistory? splits = null) =>
        CompiledWork.Create(Work, 1, [Rightsholder], splits ?? Duo(), consents, licences);

    /// <summary>A training use by op-1 with m-1 in FR on 2026-07-02.</summary>
    public static UseOfWork Use(UseKind use = UseKind.Training, DateTimeOffset? at = null, string territory = "FR", string model = Model, string op = Operator) =>
        new(op, model, Work, use, at ?? Day(2026, 7, 2), territory);

    public static LicenceDecision Check(CompiledWork snapshot, UseOfWork use) => LicenceEvaluator.Evaluate(snapshot, use);

    /// <summary>Equal shares in basis points, the remainder to the first creator so that they sum to 10,000.</summary>
    private static int Share(int count, int index) => 10_000 / count + (index == 0 ? 10_000 % count : 0);
}
