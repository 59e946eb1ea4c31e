namespace RoyaltyLedger.Storage.Migrations;

/// <summary>One versioned schema script: version 1 is the baseline, each later one changes the schema once.</summary>
/// <param name="Name">The file name without ".sql", e.g. "0002-rerate-queue-by-age": what the journal records.</param>
public sealed record MigrationScript(int Version, string Name, string Sql);
