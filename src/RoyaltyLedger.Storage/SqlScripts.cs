using System.Reflection;

namespace RoyaltyLedger.Storage;

/// <summary>Reads the schema scripts embedded in this assembly: Sql/&lt;Vendor&gt;/&lt;component&gt;/&lt;script&gt;.sql is named "&lt;component&gt;.&lt;script&gt;".</summary>
public static class SqlScripts
{
    public static string Read(string vendor, string name)
    {
        var resource = $"RoyaltyLedger.Storage.Sql.{vendor}.{name}.sql";
        using var stream = Assembly.GetExecutingAssembly().GetManifestResourceStream(resource)
            ?? throw new InvalidOperationException($"embedded SQL script {resource} is missing from the build");
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    }
}
