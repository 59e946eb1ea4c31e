using System.Globalization;
using System.Reflection;

namespace RoyaltyLedger.Storage.Migrations;

/// <summary>
/// The versioned scripts embedded in this assembly, Sql/&lt;Vendor&gt;/&lt;component&gt;/NNNN-name.sql, in version order.
/// Versions are four digits and run from 0001 without gaps or repeats, checked here: a build whose scripts break that
/// rule fails at its first start rather than running them in a surprising order.
/// </summary>
public static class MigrationScripts
{
    public const string Sqlite = "Sqlite";

    public const string Postgres = "Postgres";

    public static IReadOnlyList<MigrationScript> For(string vendor, SchemaComponent component)
    {
        ArgumentNullException.ThrowIfNull(component);
        var prefix = $"RoyaltyLedger.Storage.Sql.{vendor}.{component.Name}.";
        var scripts = Assembly.GetExecutingAssembly().GetManifestResourceNames()
            .Where(r => r.StartsWith(prefix, StringComparison.Ordinal) && r.EndsWith(".sql", StringComparison.Ordinal))
            .Select(r => r[prefix.Length..^".sql".Length])
            .Order(StringComparer.Ordinal)
            .Select(name => new MigrationScript(VersionOf(name) ?? throw Misnamed(vendor, component, name), name, SqlScripts.Read(vendor, $"{component.Name}.{name}")))
            .ToList();
        for (var i = 0; i < scripts.Count; i++)
        {
            if (scripts[i].Version != i + 1)
            {
                throw new InvalidOperationException(
                    $"the {vendor} {component.Name} scripts must be numbered 0001, 0002, ... without gaps or repeats; script {i + 1} is {scripts[i].Name}");
            }
        }

        return scripts.Count > 0 ? scripts : throw new InvalidOperationException($"no {vendor} {component.Name} schema scripts are embedded in the build");
    }

    /// <summary>The version a script name starts with ("0002-x" is 2), or null for a name that does not start with four digits and a dash.</summary>
    public static int? VersionOf(string scriptName) =>
        scriptName is { Length: > 5 } && scriptName[4] == '-' && int.TryParse(scriptName.AsSpan(0, 4), NumberStyles.None, CultureInfo.InvariantCulture, out var version)
            ? version
            : null;

    private static InvalidOperationException Misnamed(string vendor, SchemaComponent component, string name) =>
        new($"the {vendor} {component.Name} script {name}.sql is not named NNNN-description.sql");
}
