using System.Globalization;
using Google.Protobuf.WellKnownTypes;
using Grpc.Core;
using RoyaltyLedger.Contracts.V1;

namespace RoyaltyLedger.LoadClient;

/// <summary>
/// Registers what the load needs, idempotently: an operator and model, creators, works held by one label, a catalogue
/// licence for training from the label, and every creator's consent to it. Rerunning registers nothing new.
/// </summary>
internal static class Seeder
{
    /// <summary>The first call of the seeding, which the run retries while the server is not reachable yet.</summary>
    public static async Task RegisterOperatorAsync(CallInvoker invoker, CancellationToken cancellation) =>
        await new Registry.RegistryClient(invoker).RegisterOperatorAsync(
            new RegisterOperatorRequest { OperatorId = LoadOptions.OperatorId, DisplayName = "Load test operator" }, cancellationToken: cancellation);

    public static async Task SeedAsync(CallInvoker invoker, int works, TextWriter log)
    {
        var registry = new Registry.RegistryClient(invoker);
        var consents = new Consents.ConsentsClient(invoker);
        await registry.RegisterOperatorAsync(new RegisterOperatorRequest { OperatorId = LoadOptions.OperatorId, DisplayName = "Load test operator" });
        await registry.RegisterModelAsync(new RegisterModelRequest { ModelId = LoadOptions.ModelId, OperatorId = LoadOptions.OperatorId, DisplayName = "Load test model" });
        await registry.RegisterRightsholderAsync(new RegisterRightsholderRequest { RightsholderId = LoadOptions.RightsholderId, DisplayName = "Load test label", Kind = "label" });
        await Parallel.ForEachAsync(Enumerable.Range(0, LoadOptions.Creators), new ParallelOptions { MaxDegreeOfParallelism = 16 }, async (c, token) =>
            await registry.RegisterCreatorAsync(new RegisterCreatorRequest { CreatorId = CreatorId(c), DisplayName = $"Load creator {c}" }, cancellationToken: token));

        var existing = (await registry.ListWorksAsync(new ListWorksRequest())).Works.Select(w => w.WorkId).ToHashSet(StringComparer.Ordinal);
        var missing = Enumerable.Range(0, works).Where(w => !existing.Contains(WorkId(w))).ToList();
        await log.WriteLineAsync($"seeding {missing.Count:N0} of {works:N0} works");
        await Parallel.ForEachAsync(missing, new ParallelOptions { MaxDegreeOfParallelism = 16 }, async (w, token) =>
        {
            var work = new RegisterWorkRequest { WorkId = WorkId(w), Title = $"Load work {w}", Medium = "text", RightsholderIds = { LoadOptions.RightsholderId } };
            work.Contributors.Add(new Contributor { CreatorId = CreatorId(w % LoadOptions.Creators), Role = "author", ShareBps = 7_000 });
            work.Contributors.Add(new Contributor { CreatorId = CreatorId((w + 1) % LoadOptions.Creators), Role = "translator", ShareBps = 3_000 });
            await registry.RegisterWorkAsync(work, cancellationToken: token);
        });

        try
        {
            await registry.GrantLicenceAsync(new GrantLicenceRequest
            {
                Licence = new Licence
                {
                    LicenceId = "load-catalogue",
                    LicensorRightsholderId = LoadOptions.RightsholderId,
                    OperatorId = LoadOptions.OperatorId,
                    Uses = { UseKind.Training },
                    StartsAt = Timestamp.FromDateTimeOffset(new DateTimeOffset(2026, 1, 1, 0, 0, 0, TimeSpan.Zero)),
                    Tariff = new Tariff { Currency = "EUR", PriceMicros = 2_000_000, PerUnits = 1_000_000, UnitKind = "tokens" },
                },
            });
        }
        catch (RpcException e) when (e.StatusCode == StatusCode.AlreadyExists)
        {
            // Granted by an earlier run.
        }

        await Parallel.ForEachAsync(Enumerable.Range(0, LoadOptions.Creators), new ParallelOptions { MaxDegreeOfParallelism = 16 }, async (c, token) =>
            await consents.RecordConsentAsync(new RecordConsentRequest
            {
                CreatorId = CreatorId(c), Use = UseKind.Training, OperatorId = LoadOptions.OperatorId, Decision = ConsentDecision.Granted,
            }, cancellationToken: token));
    }

    public static string WorkId(int w) => string.Create(CultureInfo.InvariantCulture, $"load-work-{w:D6}");

    public static string CreatorId(int c) => string.Create(CultureInfo.InvariantCulture, $"load-creator-{c:D3}");
}
