using RoyaltyLedger.Contracts.V1;

namespace RoyaltyLedger.Server.Tests.Infrastructure;

/// <summary>
/// A model trained on three works, one each licensed (the slice's song, in October and November), unlicensed (the
/// lyricist's poem, disclosed in a training manifest) and refused (the composer refused fine-tuning of their sketch);
/// plus uses a transparency report leaves out: retrieval of the song, and training on a work nobody registered.
/// </summary>
public sealed record TrainedCatalogue(Slice Slice)
{
    public string Poem => $"{Slice.Prefix}-poem";
    public string Sketch => $"{Slice.Prefix}-sketch";

    public static async Task<TrainedCatalogue> SendAsync(LedgerServer server, string prefix)
    {
        ArgumentNullException.ThrowIfNull(server);
        var s = await new Slice(prefix).RegisterAsync(server.Admin);
        var c = new TrainedCatalogue(s);
        await server.Registry.RegisterWorkAsync(new RegisterWorkRequest
        {
            WorkId = c.Poem, Title = "A Poem", Medium = "text", Contributors = { new Contributor { CreatorId = s.Lyricist, Role = "author", ShareBps = 10_000 } },
        });
        await server.Registry.RegisterWorkAsync(new RegisterWorkRequest
        {
            WorkId = c.Sketch, Title = "A Sketch", Medium = "image", Contributors = { new Contributor { CreatorId = s.Composer, Role = "illustrator", ShareBps = 10_000 } },
        });
        await server.Admin.Consents.RecordConsentAsync(new RecordConsentRequest
        {
            CreatorId = s.Composer, WorkId = c.Sketch, Use = UseKind.FineTuning, OperatorId = s.Operator, Decision = ConsentDecision.Refused,
            EffectiveFrom = Slice.LicenceStart, // reaching back over every use sent below
        });

        var october = s.Event("t-oct", units: 1_000_000);
        october.OccurredAt = MonthsOfUse.October;
        var sketch = s.Event("t-sketch", units: 200_000);
        (sketch.WorkId, sketch.Use) = (c.Sketch, UseKind.FineTuning);
        var retrieval = s.Event("t-retrieval", units: 10);
        retrieval.Use = UseKind.Retrieval;
        var unknown = s.Event("t-unknown", units: 5);
        unknown.WorkId = $"{prefix}-nobody-registered";
        // The poem is sent as a training manifest's entry arrives: a training use with attribution method
        // "training-manifest". (SubmitTrainingManifest itself cannot be used here: it names events
        // "manifest/<id>/<index>", which the ingest edge refuses, '/' not being allowed in an event id.)
        var poem = s.Event("t-poem", units: 300_000);
        (poem.WorkId, poem.AttributionMethod) = (c.Poem, "training-manifest");
        await s.SendAsync(server.Ingest, "training", Slice.Batch(1, october, s.Event("t-nov", units: 500_000), sketch, retrieval, unknown, poem));

        // Reports read the projection; a statement read with wait_for_projection drains it first.
        await server.Statements.GetCreatorStatementAsync(new GetCreatorStatementRequest { CreatorId = s.Composer, WaitForProjection = true });
        return c;
    }
}
