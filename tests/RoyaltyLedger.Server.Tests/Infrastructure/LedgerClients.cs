using Grpc.Core;
using Grpc.Core.Interceptors;
using Grpc.Net.Client;
using RoyaltyLedger.Contracts.V1;

namespace RoyaltyLedger.Server.Tests.Infrastructure;

/// <summary>The server's gRPC clients, calling with one API key.</summary>
public sealed class LedgerClients(GrpcChannel channel, string apiKey)
{
    private readonly CallInvoker _invoker = channel.Intercept(m =>
    {
        m.Add("authorization", $"Bearer {apiKey}");
        return m;
    });

    public string ApiKey { get; } = apiKey;

    /// <summary>The authenticated invoker, for calls the generated clients cannot make (e.g. raw bytes).</summary>
    public CallInvoker Invoker => _invoker;

    public Access.AccessClient Access => new(_invoker);

    public Consents.ConsentsClient Consents => new(_invoker);

    public LicenceRequests.LicenceRequestsClient LicenceRequests => new(_invoker);

    public Registry.RegistryClient Registry => new(_invoker);

    public UsageIngest.UsageIngestClient Ingest => new(_invoker);

    public Statements.StatementsClient Statements => new(_invoker);

    public Ledger.LedgerClient Ledger => new(_invoker);

    public Removals.RemovalsClient Removals => new(_invoker);
}
