namespace RoyaltyLedger.Storage.Migrations;

/// <summary>What one component's migration did, for the start-up log.</summary>
/// <param name="Database">The file or database migrated, without credentials.</param>
/// <param name="FromVersion">The version before (0 for an empty database; 1 for one adopted from a release before migrations).</param>
/// <param name="ToVersion">The version now: the newest script this build has.</param>
/// <param name="Applied">The scripts run, in order (empty when the schema was up to date).</param>
/// <param name="Adopted">The database was made by a release before versioned migrations and has now been given a journal.</param>
public sealed record MigrationResult(string Component, string Database, int FromVersion, int ToVersion, IReadOnlyList<string> Applied, bool Adopted);
