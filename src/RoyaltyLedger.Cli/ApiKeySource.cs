namespace RoyaltyLedger.Cli;

/// <summary>Finds the key to call with: --api-key, then $ROYALTY_API_KEY, then the embedded server's admin key file.</summary>
internal static class ApiKeySource
{
    public static string? Find(string? option)
    {
        if (!string.IsNullOrWhiteSpace(option))
        {
            return option.Trim();
        }

        if (Environment.GetEnvironmentVariable(GlobalOptions.ApiKeyVariable) is { Length: > 0 } fromEnvironment)
        {
            return fromEnvironment.Trim();
        }

        return File.Exists(GlobalOptions.LocalAdminKeyFile) ? File.ReadAllText(GlobalOptions.LocalAdminKeyFile).Trim() : null;
    }
}
