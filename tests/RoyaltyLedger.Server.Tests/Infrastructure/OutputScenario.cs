using Google.Protobuf.WellKnownTypes;
using RoyaltyLedger.Contracts.V1;

namespace RoyaltyLedger.Server.Tests.Infrastructure;

/// <summary>
/// The requests of the README's worked example (output uses priced per 1,000 tokens in EUR, one publisher holding every
/// work), with ids under a prefix so that scenarios built from it (the worked example, partition equivalence) do not meet.
/// </summary>
public sealed class OutputScenario(string prefix)
{
    public string Pub { get; } = $"{prefix}-pub";

    public static DateTimeOffset Day(int day) => new(2026, 11, day, 12, 0, 0, TimeSpan.Zero);

    public RegisterWorkRequest Work(string id, (string Scheme, string Value)? identifier, params (string Creator, int Bps)[] split)
    {
        var work = new RegisterWorkRequest { WorkId = id, Title = id[3..], Medium = "text", RightsholderIds = { Pub } };
        work.Contributors.AddRange(split.Select(s => new Contributor { CreatorId = s.Creator, Role = "author", ShareBps = (uint)s.Bps }));
        if (identifier is { } i)
        {
            work.Identifiers.Add(new Identifier { Scheme = i.Scheme, Value = i.Value });
        }

        return work;
    }

    public Licence Licence(string id, string op, string[] works, DateTimeOffset starts, bool retroactive, long priceMicros)
    {
        var licence = new Licence
        {
            LicenceId = id, LicensorRightsholderId = Pub, OperatorId = op, Uses = { UseKind.Output }, StartsAt = Timestamp.FromDateTimeOffset(starts),
            Retroactive = retroactive, Tariff = new Tariff { Currency = "EUR", PriceMicros = priceMicros, PerUnits = 1_000, UnitKind = "tokens" },
        };
        licence.WorkIds.AddRange(works);
        return licence;
    }

    public UsageEvent Output(string id, string model, string work, long tokens, uint weightPpm, DateTimeOffset at, Identifier? workRef = null) => new()
    {
        EventId = $"{prefix}-{id}", ModelId = model, WorkId = work, WorkRef = workRef, Use = UseKind.Output, Units = tokens, UnitKind = "tokens",
        AttributionWeightPpm = weightPpm, OccurredAt = Timestamp.FromDateTimeOffset(at), Territory = "DE",
        AttributionMethod = "shapley", AttributionMethodVersion = "1",
    };
}
