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

    private LedgerServer(WebApplication app, string address, string adminKey)
    {
        _app = app;
        Address = address;
        Channel = GrpcChannel.ForAddress(address);
        Admin = new LedgerClients(Channel, adminKey);
    }

    /// <summary>Clients calling with the admin key the server wrote on first start.</summary>
    public LedgerClients Admin { get; }

    public Registry.RegistryClient Registry => Admin.Registry;

    public UsageIngest.UsageIngestClient Ingest => Admin.Ingest;

    public Statements.StatementsClient Statements => Admin.Statements;

    /// <summary>Creates a key for a role and party with the admin key, and clients that call with it.</summary>
    public async Task<LedgerClients> ClientsForAsync(Role role, string partyId)
    {
        var created = await Admin.Access.CreateApiKeyAsync(new CreateApiKeyRequest { Role = role, PartyId = partyId, Label = "test" });
        return new LedgerClients(Channel, created.SecretKey);
    }

    public LedgerClients ClientsWithKey(string apiKey) => new(Channel, apiKey);

    /// <summary>One journal account's balance across currencies (the tests that use it post in one), in nanos.</summary>
    public async Task<long> BalanceAsync(string account) =>
        (await Admin.Ledger.GetBalancesAsync(new GetBalancesRequest { AccountPrefix = account })).Balances.Where(b => b.Account == account).Sum(b => b.AmountNanos.N());

    /// <summary>Runs the `royalty` CLI in-process against this server with the key; output and error with \n line ends.</summary>
    public async Task<(int Exit, string Output, string Error)> RoyaltyAsync(string apiKey, params string[] args)
    {
        using var output = new StringWriter();
        using var error = new StringWriter();
        var exit = await RoyaltyLedger.Cli.RoyaltyCli.RunAsync([.. args, "--server", Address, "--api-key", apiKey], output, error);
        return (exit, output.ToString().ReplaceLineEndings("\n"), error.ToString().ReplaceLineEndings("\n"));
    }

    public string Address { get; }

    public GrpcChannel Channel { get; }

    public IServiceProvider Services => _app.Services;

    /// <summary>Starts the server; <paramref name="configure"/> may add to its wiring (e.g. a health check a test controls).</summary>
    public static async Task<LedgerServer> StartAsync(IReadOnlyDictionary<string, string> storageSettings, Action<WebApplicationBuilder>? configure = null)
    {
        var args = new List<string>
        {
            "--urls=http://127.0.0.1:0",
            $"--Silo:SiloPort={FreePort.Next()}",
            $"--Silo:GatewayPort={FreePort.Next()}",
        };
        if (!storageSettings.ContainsKey("Silo:ClusterId"))
        {
            // Each in-process server is a cluster of its own: two servers on one PostgreSQL database (a restart, or a second
            // server reaching it through a proxy) would otherwise join one membership and place grains on each other.
            args.Add($"--Silo:ClusterId=test-{Guid.NewGuid():N}");
        }

        args.AddRange(storageSettings.Select(s => $"--{s.Key}={s.Value}"));
        var builder = WebApplication.CreateBuilder(args.ToArray());
        builder.AddRoyaltyLedger();
        configure?.Invoke(builder);
        var app = builder.Build();
        app.MapRoyaltyLedger();
        try
        {
            await app.StartAsync();
        }
        catch
        {
            // A start that fails (e.g. refused by the schema's version) must not leave a half-started silo behind.
            await app.DisposeAsync();
            throw;
        }

        var adminKey = await File.ReadAllTextAsync(Path.Combine(storageSettings["Storage:DataDirectory"], "admin.key"));
        return new LedgerServer(app, app.Urls.Single(), adminKey.Trim());
    }

    public async ValueTask DisposeAsync()
    {
        Channel.Dispose();
        await _app.StopAsync();
        await _app.DisposeAsync();
    }
}
