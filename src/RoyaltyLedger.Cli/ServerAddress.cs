namespace RoyaltyLedger.Cli;

/// <summary>
/// Reads --server: "http://host:port", "https://host:port", or "host:port" without a scheme, which means http://
/// (the embedded server listens on plain HTTP/2 at 127.0.0.1:5080).
/// </summary>
internal static class ServerAddress
{
    public const string Example = "http://127.0.0.1:5080";

    /// <summary>The address with its scheme, or null and why not.</summary>
    public static string? Normalize(string? text, out string? problem)
    {
        problem = null;
        var trimmed = (text ?? "").Trim();
        if (trimmed.Length == 0)
        {
            problem = $"--server is empty; give the server's address, e.g. {Example} or 127.0.0.1:5080";
            return null;
        }

        var withScheme = trimmed.Contains("://", StringComparison.Ordinal) ? trimmed : "http://" + trimmed;
        if (!Uri.TryCreate(withScheme, UriKind.Absolute, out var uri) || uri.Host.Length == 0)
        {
            problem = $"--server '{trimmed}' is not an address; expected e.g. {Example} or 127.0.0.1:5080";
            return null;
        }

        if (uri.Scheme is not ("http" or "https"))
        {
            problem = $"--server '{trimmed}' has the scheme {uri.Scheme}; expected http:// or https://, e.g. {Example}";
            return null;
        }

        if (uri.AbsolutePath != "/" || uri.Query.Length > 0 || uri.Fragment.Length > 0)
        {
            problem = $"--server '{trimmed}' has a path; give only the scheme, host and port, e.g. {Example}";
            return null;
        }

        return uri.GetLeftPart(UriPartial.Authority);
    }
}
