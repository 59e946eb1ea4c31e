using System.CommandLine;

namespace RoyaltyLedger.Cli;

/// <summary>Options every command takes.</summary>
internal static class GlobalOptions
{
    public const string DefaultServer = "http://127.0.0.1:5080";

    public static readonly Option<string> Server = CreateServer();

    public const string ApiKeyVariable = "ROYALTY_API_KEY";

    /// <summary>Where the embedded server writes its first admin key, relative to its working folder.</summary>
    public static readonly string LocalAdminKeyFile = Path.Combine("data", "admin.key");

    public static readonly Option<string?> ApiKey = new("--api-key")
    {
        Description = $"API key to call with; default: ${ApiKeyVariable}, else ./{Path.Combine("data", "admin.key")} when run in the server's folder",
        Recursive = true,
    };

    public static readonly Option<bool> Json = new("--json")
    {
        Description = "Print machine-readable JSON instead of tables",
        Recursive = true,
    };

    private static Option<string> CreateServer()
    {
        var server = new Option<string>("--server")
        {
            Description = $"Address of the RoyaltyLedger server, e.g. {DefaultServer} or 127.0.0.1:5080 (http:// when no scheme is given)",
            DefaultValueFactory = _ => DefaultServer,
            Recursive = true,
        };
        server.Validators.Add(result =>
        {
            if (ServerAddress.Normalize(result.GetValueOrDefault<string>(), out var problem) is null)
            {
                result.AddError(problem!);
            }
        });
        return server;
    }
}
