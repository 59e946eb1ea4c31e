namespace RoyaltyLedger.Storage.Migrations;

/// <summary>
/// A set of tables versioned together, with its own scripts (Sql/&lt;Vendor&gt;/&lt;Name&gt;/NNNN-*.sql) and its own
/// migration journal table. The ledger and Orleans' grain storage are separate components: on SQLite they live in
/// separate files, and on PostgreSQL the journal of one must not list the other's scripts as unknown.
/// </summary>
/// <param name="Name">The scripts' folder and the name used in logs and errors.</param>
/// <param name="JournalTable">Where DbUp records the scripts it ran (one row per script).</param>
/// <param name="ReleaseMarkerTable">
/// A table every release before versioned migrations created: a database that has it but no journal table was made by
/// such a release, and is adopted at the baseline instead of being taken for an empty one.
/// </param>
public sealed record SchemaComponent(string Name, string JournalTable, string ReleaseMarkerTable)
{
    public static readonly SchemaComponent Ledger = new("ledger", "ledger_schema_versions", "journal_head");

    public static readonly SchemaComponent Orleans = new("orleans", "orleans_schema_versions", "orleansquery");
}
