using System.CommandLine;
using Grpc.Core;
using Grpc.Core.Interceptors;
using Grpc.Net.Client;
using RoyaltyLedger.Contracts.V1;

namespace RoyaltyLedger.Cli;

/// <summary>What one command invocation works with: the server's clients, the output and the chosen format.</summary>
internal sealed class CliSession : IDisposable
{
    private readonly GrpcChannel _channel;

    private CliSession(ParseResult parse)
    {
        ServerAddress = Cli.ServerAddress.Normalize(parse.GetValue(GlobalOptions.Server), out var problem) ?? throw new Errors.CliFailure(Errors.CliError.Usage, problem!);
        Json = parse.GetValue(GlobalOptions.Json);
        Output = parse.InvocationConfiguration.Output;
        Error = parse.InvocationConfiguration.Error;
        _channel = GrpcChannel.ForAddress(ServerAddress, new GrpcChannelOptions
        {
            // A page of journal entries holds up to 100,000 lines (about 22 MB); the server's ledger service sends up to 32 MiB.
            MaxReceiveMessageSize = 32 * 1024 * 1024,
        });
        var key = ApiKeySource.Find(parse.GetValue(GlobalOptions.ApiKey));
        Invoker = _channel.Intercept(new Client.UnavailableRetryInterceptor(UnaryRetry)).Intercept(metadata =>
        {
            if (key is not null)
            {
                metadata.Add("authorization", $"Bearer {key}");
            }

            return metadata;
        });
        Access = new Access.AccessClient(Invoker);
        Consents = new Consents.ConsentsClient(Invoker);
        LicenceRequests = new LicenceRequests.LicenceRequestsClient(Invoker);
        Registry = new Registry.RegistryClient(Invoker);
        Ingest = new UsageIngest.UsageIngestClient(Invoker);
        Statements = new Statements.StatementsClient(Invoker);
        Manifests = new Manifests.ManifestsClient(Invoker);
        Payouts = new Payouts.PayoutsClient(Invoker);
        Ledger = new Ledger.LedgerClient(Invoker);
        Transparency = new Transparency.TransparencyClient(Invoker);
        Removals = new Removals.RemovalsClient(Invoker);
    }

    /// <summary>
    /// How a command's unary calls retry the server's UNAVAILABLE with retry advice (its storage is down): at least
    /// the delay it asks, backing off to 10 s, 8 retries (about a minute). `usage send` retries as its writer does.
    /// </summary>
    public static readonly Client.UsageRetryPolicy UnaryRetry = Client.UsageRetryPolicy.Default with { MaxAttempts = 8, MaxBackoff = TimeSpan.FromSeconds(10) };

    public string ServerAddress { get; }

    public bool Json { get; }

    public TextWriter Output { get; }

    public TextWriter Error { get; }

    /// <summary>Calls the server with the API key, for clients built elsewhere (the usage writer).</summary>
    public CallInvoker Invoker { get; }

    public Access.AccessClient Access { get; }

    public Consents.ConsentsClient Consents { get; }

    public LicenceRequests.LicenceRequestsClient LicenceRequests { get; }

    public Registry.RegistryClient Registry { get; }

    public UsageIngest.UsageIngestClient Ingest { get; }

    public Statements.StatementsClient Statements { get; }

    public Manifests.ManifestsClient Manifests { get; }

    public Payouts.PayoutsClient Payouts { get; }
    public Ledger.LedgerClient Ledger { get; }
    public Transparency.TransparencyClient Transparency { get; }
    public Removals.RemovalsClient Removals { get; }

    /// <summary>Runs a command body, turning server errors into readable messages and exit codes.</summary>
    public static Task<int> RunAsync(ParseResult parse, Func<CliSession, CancellationToken, Task> body, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(body);
        return RunForExitCodeAsync(parse, async (session, token) =>
        {
            await body(session, token);
            return 0;
        }, cancellationToken);
    }

    /// <summary>
    /// Runs a command body that chooses its own exit code when it succeeds. Its failures propagate to
    /// <see cref="RoyaltyCli.RunAsync"/>, which prints each as one line (<see cref="Errors.ErrorDescriber"/>).
    /// </summary>
    public static async Task<int> RunForExitCodeAsync(ParseResult parse, Func<CliSession, CancellationToken, Task<int>> body, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(parse);
        ArgumentNullException.ThrowIfNull(body);
        using var session = new CliSession(parse);
        return await body(session, cancellationToken);
    }

    /// <summary>Prints a failure the command reports itself (and then exits with its own code), as every failure is printed.</summary>
    public Task WriteErrorAsync(Errors.CliError failure) => Errors.ErrorWriter.WriteAsync(Error, Json, failure);

    public void Dispose() => _channel.Dispose();
}
