using Grpc.Net.Client;
using Microsoft.AspNetCore.Builder;
using RoyaltyLedger.Contracts.V1;
using RoyaltyLedger.Server.Extensions;

namespace RoyaltyLedger.Server.Tests.Infrastructure;

/// <summary>
/// The real server, wired exactly as Program.cs wires it, on Kestrel at 127.0.0.1 with an
/// ephemeral port. Storage settings come from the caller, so the same tests run on SQLite and PostgreSQL.
/// </summary>
public sealed class LedgerServer : IAsyncDisposable
{
    private readonly WebApplication _app;

    private LedgerServer(WebApplication app, string address)
    {
        _app = app;
        Address = address;
        Channel = GrpcChannel.ForAddress(address);
        Registry = new Registry.RegistryClient(Channel);
        Ingest = new UsageIngest.UsageIngestClient(Channel);
        Statements = new Statements.StatementsClient(Channel);
    }

    public string Address { get; }

    public GrpcChannel Channel { get; }

    public Registry.RegistryClient Registry { get; }

    public UsageIngest.UsageIngestClient Ingest { get; }

    public Statements.StatementsClient Statements { get; }

    public IServiceProvider Services => _app.Services;

    public static async Task<LedgerServer> StartAsync(IReadOnlyDictionary<string, string> storageSettings)
    {
        var args = new List<string>
        {
            "--urls=http://127.0.0.1:0",
            $"--Silo:SiloPort={FreePort.Next()}",
            $"--Silo:GatewayPort={FreePort.Next()}",
        };
        args.AddRange(storageSettings.Select(s => $"--{s.Key}={s.Value}"));
        var builder = WebApplication.CreateBuilder(args.ToArray());
        builder.AddRoyaltyLedger();
        var app = builder.Build();
        app.MapRoyaltyLedger();
        await app.StartAsync();
        return new LedgerServer(app, app.Urls.Single());
    }

    public async ValueTask DisposeAsync()
    {
        Channel.Dispose();
        await _app.StopAsync();
        await _app.DisposeAsync();
    }
}
