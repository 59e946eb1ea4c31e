using System.Security.Cryptography;
using System.Text;
using RoyaltyLedger.Storage.Migrations;

namespace RoyaltyLedger.Server.Tests.Migrations;

/// <summary>The embedded scripts themselves: numbering, the two dialects in step, and a baseline nobody edits.</summary>
public sealed class MigrationScriptTests
{
    public static TheoryData<string> Components => [SchemaComponent.Ledger.Name, SchemaComponent.Orleans.Name];

    private static SchemaComponent Named(string name) => name == SchemaComponent.Ledger.Name ? SchemaComponent.Ledger : SchemaComponent.Orleans;

    [Theory]
    [MemberData(nameof(Components))]
    public void For_BothVendors_SameScriptNamesNumberedFromOne(string component)
    {
        var sqlite = MigrationScripts.For(MigrationScripts.Sqlite, Named(component));
        var postgres = MigrationScripts.For(MigrationScripts.Postgres, Named(component));

        Assert.Equal(Enumerable.Range(1, sqlite.Count), sqlite.Select(s => s.Version));
        // A migration written for one database and forgotten for the other would leave the two stores apart.
        Assert.Equal(sqlite.Select(s => s.Name), postgres.Select(s => s.Name));
        Assert.Equal("0001-baseline", sqlite[0].Name);
    }

    /// <summary>
    /// Version 1 is the schema of release wave2-issue11 (commit 12a3808), which databases in the field already have and
    /// which also adopts them (SchemaMigrator): editing it would change neither. A schema change is a new script,
    /// Sql/&lt;Vendor&gt;/&lt;component&gt;/NNNN-what.sql, for both vendors (docs/migrations.md).
    /// </summary>
    [Theory]
    [InlineData("Sqlite", "ledger", "09a90392eaafe1166fcb1b123e6e4f31b6a2da4a3a3c8e5292668fe974c1c4c0")]
    [InlineData("Sqlite", "orleans", "92d0592b45639e688d1bd0061600541197bf3c162e5c7b69572b0f0cd90a1fbb")]
    [InlineData("Postgres", "ledger", "bd013bc6112250500eac649376120f46a869670797deee0ada115c579b45c568")]
    [InlineData("Postgres", "orleans", "aa8620fa61c23c5374dcc11124d753b316ee07b59c74018c470a35df345f7fd0")]
    public void Baseline_IsTheReleasedSchema_Unchanged(string vendor, string component, string releasedSha256)
    {
        var baseline = MigrationScripts.For(vendor, Named(component))[0];

        var sha256 = Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(baseline.Sql.ReplaceLineEndings("\n"))));

        Assert.True(sha256 == releasedSha256,
            $"{vendor}/{component}/0001-baseline.sql differs from the released schema (SHA-256 {sha256}, released {releasedSha256}): " +
            "put the change in a new migration script instead");
    }

    [Theory]
    [InlineData("0001-baseline", 1)]
    [InlineData("0042-x", 42)]
    [InlineData("9999-last", 9999)]
    [InlineData("0001-", null)]
    [InlineData("001-short", null)]
    [InlineData("000a-letter", null)]
    [InlineData("baseline", null)]
    [InlineData("", null)]
    public void VersionOf_ScriptName_FourDigitsAndADashOrNothing(string name, int? version) =>
        Assert.Equal(version, MigrationScripts.VersionOf(name));
}
