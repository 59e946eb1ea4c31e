using System.CommandLine.Parsing;

namespace RoyaltyLedger.LoadClient;

/// <summary>Parses --server: one or more absolute http(s) addresses, repeated or comma-separated.</summary>
internal static class ServerList
{
    public static Uri[] Parse(ArgumentResult result)
    {
        var servers = new List<Uri>();
        foreach (var text in result.Tokens.SelectMany(t => t.Value.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)))
        {
            if (!Uri.TryCreate(text, UriKind.Absolute, out var uri) || (uri.Scheme != Uri.UriSchemeHttp && uri.Scheme != Uri.UriSchemeHttps))
            {
                result.AddError($"--server '{text}' is not an absolute http:// or https:// address");
                return [];
            }

            servers.Add(uri);
        }

        if (servers.Count is 0 or > LoadOptions.MaxServers)
        {
            result.AddError($"--server gives {servers.Count} addresses, expected 1 to {LoadOptions.MaxServers}");
            return [];
        }

        return [.. servers];
    }
}
