using System.CommandLine;
using Grpc.Core;
using Grpc.Core.Interceptors;
using Grpc.Net.Client;
using RoyaltyLedger.Cli.Rendering;
using RoyaltyLedger.Contracts.V1;

namespace RoyaltyLedger.Cli;

/// <summary>What one command invocation works with: the server's clients, the output and the chosen format.</summary>
internal sealed class CliSession : IDisposable
{
    private readonly GrpcChannel _channel;

    private CliSession(ParseResult parse)
    {
        ServerAddress = parse.GetValue(GlobalOptions.Server) ?? GlobalOptions.DefaultServer;
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

    /// <summary>Runs a command body that chooses its own exit code when it succeeds.</summary>
    public static async Task<int> RunForExitCodeAsync(ParseResult parse, Func<CliSession, CancellationToken, Task<int>> body, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(parse);
        ArgumentNullException.ThrowIfNull(body);
        using var session = new CliSession(parse);
        try
        {
            return await body(session, cancellationToken);
        }
        catch (Import.ImportIncompleteException ex)
        {
            await session.Error.WriteLineAsync($"error: {ex.Message}");
            return 1;
        }
        catch (InvalidDataException ex)
        {
            await session.Error.WriteLineAsync($"error: {ex.Message}");
            return 1;
        }
        catch (Client.UsageStreamConflictException ex)
        {
            await session.Error.WriteLineAsync($"error: {ex.Message}");
            return 1;
        }
        catch (RpcException ex) when (ex.StatusCode == StatusCode.Unavailable)
        {
            await session.Error.WriteLineAsync(
                $"error: cannot reach the server at {session.ServerAddress} ({ex.Status.Detail}). Is it running? Start it with: dotnet run --project src/RoyaltyLedger.Server");
            return 1;
        }
        catch (RpcException ex) when (ex.StatusCode == StatusCode.Unauthenticated)
        {
            await session.Error.WriteLineAsync(
                $"error (Unauthenticated): {ex.Status.Detail}. Pass --api-key, set {GlobalOptions.ApiKeyVariable}, or run in the server's folder where {GlobalOptions.LocalAdminKeyFile} was written.");
            return 1;
        }
        catch (RpcException ex)
        {
            await ErrorPrinter.PrintAsync(session.Error, ex);
            return 1;
        }
    }

    public void Dispose() => _channel.Dispose();
}
