using System.CommandLine;

namespace RoyaltyLedger.Cli.Rendering;

/// <summary>`--format table|csv|json` for reports that export; the global --json still means json.</summary>
internal static class ExportFormat
{
    public const string Table = "table";
    public const string Csv = "csv";
    public const string Json = "json";

    public static Option<string?> CreateOption()
    {
        var option = new Option<string?>("--format") { Description = "table (default), csv or json; --json is the same as --format json" };
        option.AcceptOnlyFromAmong(Table, Csv, Json);
        return option;
    }

    public static string Resolve(string? format, bool json) => format ?? (json ? Json : Table);
}
