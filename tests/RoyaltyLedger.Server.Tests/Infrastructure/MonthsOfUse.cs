using Google.Protobuf.WellKnownTypes;
using RoyaltyLedger.Contracts.V1;

namespace RoyaltyLedger.Server.Tests.Infrastructure;

/// <summary>
/// A slice whose usage spans two months and two models, with one refused use: what a statement page shows. The
/// composer's 60% of training at 2 EUR per million tokens is 1.2 EUR in October and 3.9 EUR in November.
/// </summary>
public sealed record MonthsOfUse(Slice Slice)
{
    public const long OctoberNanos = 1_200_000_000;
    public const long NovemberNanos = 3_900_000_000;

    public string SecondModel => $"{Slice.Prefix}-model-b";

    public static readonly Timestamp October = Timestamp.FromDateTimeOffset(new DateTimeOffset(2026, 10, 5, 12, 0, 0, TimeSpan.Zero));

    /// <summary>Registers the slice and a second model, has the lyricist refuse output, and sends the uses.</summary>
    public static async Task<MonthsOfUse> SendAsync(LedgerServer server, string prefix)
    {
        ArgumentNullException.ThrowIfNull(server);
        var s = await new Slice(prefix).RegisterAsync(server.Admin);
        var months = new MonthsOfUse(s);
        await server.Registry.RegisterModelAsync(new RegisterModelRequest { ModelId = months.SecondModel, OperatorId = s.Operator, DisplayName = "Model B" });
        await server.Admin.Consents.RecordConsentAsync(new RecordConsentRequest
        {
            CreatorId = s.Lyricist, WorkId = s.Work, Use = UseKind.Output, OperatorId = s.Operator, Decision = ConsentDecision.Refused,
            EffectiveFrom = Slice.LicenceStart, // reaching back over every use sent below
        });
        var october = s.Event("m-oct", units: 1_000_000);
        october.OccurredAt = October;
        var refused = s.Event("m-out", units: 40_000);
        refused.Use = UseKind.Output;
        await s.SendAsync(server.Ingest, "months", Slice.Batch(1,
            october, s.Event("m-nov", units: 2_500_000), s.Event("m-nov-b", units: 750_000, model: months.SecondModel), refused));
        return months;
    }
}
