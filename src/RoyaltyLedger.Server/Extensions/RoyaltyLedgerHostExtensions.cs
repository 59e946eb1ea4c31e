using RoyaltyLedger.Application.StatementProofs;
using Grpc.AspNetCore.Server.Model;
using RoyaltyLedger.Application.BankPayments;
using RoyaltyLedger.Application.Claims;
using RoyaltyLedger.Application.Journal;
using RoyaltyLedger.Application.Manifests;
using RoyaltyLedger.Application.Payouts;
using RoyaltyLedger.Application.Quarantine;
using RoyaltyLedger.Application.Transparency;
using RoyaltyLedger.Application.Usage;
using Microsoft.Extensions.DependencyInjection.Extensions;
using OpenTelemetry.Metrics;
using RoyaltyLedger.Application.Licensing;
using RoyaltyLedger.Application.Removals;
using RoyaltyLedger.Grains;
using RoyaltyLedger.Grains.Cluster;
using RoyaltyLedger.Grains.Projection;
using RoyaltyLedger.Application.Registry;
using RoyaltyLedger.Server.Diagnostics;
using RoyaltyLedger.Server.Grpc;
using RoyaltyLedger.Server.Demands;
using RoyaltyLedger.Server.Log;
using RoyaltyLedger.Server.Security;
using RoyaltyLedger.Server.Sessions;
using RoyaltyLedger.Server.Web;
using RoyaltyLedger.Server.Reports;
using RoyaltyLedger.Application.Statements;
using RoyaltyLedger.Domain.Ledger;
using RoyaltyLedger.Storage.UsageLog;

namespace RoyaltyLedger.Server.Extensions;

public static class RoyaltyLedgerHostExtensions
{
    /// <summary>Used when neither --urls nor ASPNETCORE_URLS says otherwise.</summary>
    public const string DefaultUrl = "http://127.0.0.1:5080";

    /// <summary>The largest gRPC message accepted: a full batch of 5,000 events fits with room to spare.</summary>
    public const int MaxMessageBytes = 4 * 1024 * 1024;

    /// <summary>Co-hosts the Orleans silo, gRPC services, health checks and metrics in one process.</summary>
    public static WebApplicationBuilder AddRoyaltyLedger(this WebApplicationBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        if (string.IsNullOrEmpty(builder.Configuration["urls"]))
        {
            builder.WebHost.UseUrls(DefaultUrl);
        }

        // Cleartext HTTP/2 (gRPC) and HTTP/1.1 (curl /metrics, /healthz) share one port.
        builder.WebHost.ConfigureKestrel(k =>
        {
            // A detected HTTP/2 connection looks negotiated over TLS to Kestrel, while clients say
            // :scheme http; without this Kestrel would refuse the mismatch.
            k.AllowAlternateSchemes = true;
            k.ConfigureEndpointDefaults(e =>
            {
                // Protocols stay at Kestrel's default (HTTP/1.1 and HTTP/2): set explicitly, Kestrel
                // would log that HTTP/2 is off for cleartext, which the detection makes untrue.
                e.Use(next => connection => CleartextHttp2Detection.DetectAsync(connection, () => next(connection)));
            });
        });

        // Request-by-request and silo start-up detail is noise for an operator; configuration can lower these.
        builder.Logging.AddFilter("Microsoft.AspNetCore", LogLevel.Warning);
        builder.Logging.AddFilter("Orleans", LogLevel.Warning);
        builder.Logging.AddFilter("Polly", LogLevel.Warning);

        var storage = builder.Configuration.GetSection(StorageOptions.Section).Get<StorageOptions>() ?? new StorageOptions();
        var silo = builder.Configuration.GetSection(SiloOptions.Section).Get<SiloOptions>() ?? new SiloOptions();
        builder.UseOrleans(s =>
        {
            s.AddLedgerCluster(silo, storage, builder.Configuration[SiloOptions.PodIpVariable]);
            s.AddLedgerStorage(storage);
        });

        builder.Services.AddGracefulShutdown(silo);
        builder.Services.AddSingleton(TimeProvider.System);
        // Partitions of the ledger (docs/partitions.md): one on the embedded SQLite default, eight on PostgreSQL.
        builder.Services.AddSingleton(new LedgerPartitioning(
            builder.Configuration.GetValue("Ledger:Partitions", storage.IsPostgres ? 8 : 1)));
        builder.Services.AddSingleton<LedgerMetrics>();
        builder.Services.AddSingleton<ApiKeyAuthenticator>();
        builder.Services.AddSingleton(ProjectionSettings.Of(
            builder.Configuration.GetValue("Projection:MaxEventsPerRound", ProjectionSettings.DefaultMaxEventsPerRound)));
        // A test hook (docs: "Quarantine"), off unless this key is set in the server's configuration; no API sets it.
        builder.Services.AddSingleton(new ProjectionFaults(builder.Configuration[ProjectionFaults.FailUsesOfWorkKey]));
        builder.Services.AddRoyaltyLedgerGrainServices();
        builder.Services.AddSingleton<IIngestObserver, IngestObserver>();
        builder.Services.AddUsage(builder.Configuration.GetValue("Ingest:MaxOpenStreams", IngestGate.DefaultMaxOpenStreams));
        builder.Services.AddManifests();
        builder.Services.AddJournal();
        builder.Services.AddQuarantine();
        builder.Services.AddPayouts();
        builder.Services.AddBankPayments();
        builder.Services.AddClaims();
        builder.Services.AddTransparency();
        builder.Services.AddSingleton<ProjectionWait>();
        builder.Services.AddSingleton<StatementQuery>();
        builder.Services.AddSingleton<NextPayoutQuery>();
        builder.Services.AddRegistryUseCases();
        builder.Services.AddSingleton<StatementReader>();
        builder.Services.AddSingleton<ReadStatementProofs>();
        builder.Services.AddStatementPages();
        builder.Services.AddPageSessions();
        builder.Services.AddLicensingUseCases();
        builder.Services.AddRemovalUseCases();
        builder.Services.AddAccessUseCases();
        builder.Services.TryAddEnumerable(ServiceDescriptor.Singleton<IServiceMethodProvider<UsageIngestService>, UsageIngestMethodProvider>());
        // Timers that must run once per cluster run as cluster chores (docs/cluster.md). Projection:Enabled=false
        // keeps the projector from starting by itself, to measure ingest alone (perf/).
        builder.Services.AddClusterChores(keepProjectorsAlive: builder.Configuration.GetValue("Projection:Enabled", true));
        // One instance serves as the chore and for tests that run a pass directly.
        builder.Services.AddSingleton<RefusedUseDemands>();
        builder.Services.AddSingleton<IClusterChore>(sp => sp.GetRequiredService<RefusedUseDemands>());
        builder.Services.AddTransparencyLogHosting(builder.Configuration);
        builder.Services.AddGrpc(o =>
        {
            // Outermost first: a storage outage met anywhere, the API key check included, is UNAVAILABLE with retry advice.
            o.Interceptors.Add<StorageFaultInterceptor>();
            // A grain call lost to a silo leaving or dying is UNAVAILABLE with retry advice too (docs/cluster.md).
            o.Interceptors.Add<ClusterFaultInterceptor>();
            o.Interceptors.Add<ApiKeyInterceptor>();
            // Innermost: a use case's refusal becomes its status before anything outside sees it.
            o.Interceptors.Add<UseCaseErrorInterceptor>();
            o.MaxReceiveMessageSize = MaxMessageBytes;
            o.MaxSendMessageSize = MaxMessageBytes;
        }).AddServiceOptions<LedgerService>(o => o.MaxSendMessageSize = LedgerService.MaxResponseBytes);
        // Bytes that are not a valid protobuf message are INVALID_ARGUMENT, not grpc-dotnet's UNKNOWN.
        UnparseableMessage.Register(builder.Services);
        builder.Services.AddLedgerHealthAndReflection();
        builder.Services.AddHealthChecks().AddCheck<QuarantineHealthCheck>(QuarantineHealthCheck.Name);
        builder.Services.AddOpenTelemetry().WithMetrics(m => m
            .AddMeter("Microsoft.Orleans", LedgerMetrics.MeterName, "Microsoft.AspNetCore.Hosting", "Microsoft.AspNetCore.Server.Kestrel")
            .AddPrometheusExporter());
        return builder;
    }

    public static WebApplication MapRoyaltyLedger(this WebApplication app)
    {
        ArgumentNullException.ThrowIfNull(app);
        app.MapGrpcService<AccessService>();
        app.MapGrpcService<RegistryService>();
        app.MapGrpcService<ConsentsService>();
        app.MapGrpcService<LicenceRequestsService>();
        app.MapGrpcService<UsageIngestService>();
        app.MapGrpcService<StatementsService>();
        app.MapGrpcService<ManifestsService>();
        app.MapGrpcService<PayoutsService>();
        app.MapGrpcService<BankPaymentsService>();
        app.MapGrpcService<ClaimsService>();
        app.MapGrpcService<LedgerService>();
        app.MapGrpcService<TransparencyService>();
        app.MapGrpcService<RemovalsService>();
        app.MapGrpcService<TransparencyLogService>();
        app.MapLogKey();
        if (app.Configuration.GetValue<bool>("Diagnostics:BaselineSink"))
        {
            app.MapGrpcService<BaselineIngestService>();
        }

        // Gauges read on every scrape.
        var metrics = app.Services.GetRequiredService<LedgerMetrics>();
        metrics.ObserveGauge("royaltyledger.usage.streams.capacity", "{stream}", "Ingest streams this server serves at most", () => app.Services.GetRequiredService<IngestGate>().MaxOpenStreams);
        app.MapGrpcReflectionService();
        app.MapGrpcHealthChecksService();
        app.MapHealthChecks("/healthz", HealthReportText.Options);
        app.MapPrometheusScrapingEndpoint("/metrics");
        app.MapStatementPages();
        return app;
    }
}
