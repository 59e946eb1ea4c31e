using System.Xml.Linq;
using RoyaltyLedger.Server.Tests.Infrastructure;

namespace RoyaltyLedger.Server.Tests.Architecture;

/// <summary>
/// The layers of docs/architecture.md, read from the project files and the built assemblies: wire (Server) →
/// application (use cases and ports) → domain, with storage and grains each behind the application's ports.
/// </summary>
public sealed class LayeringTests
{
    public static TheoryData<string, string[]> ForbiddenReferences => new()
    {
        // Grains reach the database only through the application's ports. (They do read Contracts: the usage log keeps
        // each batch as the protobuf bytes it arrived in, and the projector decodes them.)
        { "RoyaltyLedger.Grains", ["RoyaltyLedger.Storage", "RoyaltyLedger.Server"] },
        // Use cases know no wire format, no database driver and no host.
        { "RoyaltyLedger.Application", ["RoyaltyLedger.Storage", "RoyaltyLedger.Server", "RoyaltyLedger.Contracts", "RoyaltyLedger.Grains"] },
        // The rules are pure.
        { "RoyaltyLedger.Domain", ["RoyaltyLedger.Application", "RoyaltyLedger.Storage", "RoyaltyLedger.Grains", "RoyaltyLedger.Grains.Abstractions", "RoyaltyLedger.Server", "RoyaltyLedger.Contracts"] },
        // Storage implements ports; it calls no grain and serves no wire.
        { "RoyaltyLedger.Storage", ["RoyaltyLedger.Grains", "RoyaltyLedger.Server", "RoyaltyLedger.Contracts"] },
    };

    [Theory]
    [MemberData(nameof(ForbiddenReferences))]
    public void ProjectFile_ReferencesNoForbiddenProject(string project, string[] forbidden)
    {
        var referenced = ProjectReferences(project);

        var wrong = referenced.Intersect(forbidden, StringComparer.Ordinal).ToList();

        Assert.True(wrong.Count == 0, $"src/{project}/{project}.csproj references {string.Join(", ", wrong)}; its layer must not");
    }

    [Theory]
    [MemberData(nameof(ForbiddenReferences))]
    public void BuiltAssembly_LoadsNoForbiddenAssembly(string project, string[] forbidden)
    {
        var assembly = System.Reflection.Assembly.Load(project);

        var referenced = assembly.GetReferencedAssemblies().Select(a => a.Name!).ToList();

        var wrong = referenced.Intersect(forbidden, StringComparer.Ordinal).ToList();
        Assert.True(wrong.Count == 0, $"{project}.dll references {string.Join(", ", wrong)}; its layer must not");
    }

    [Fact]
    public void ProjectReferences_OfTheGrainsProject_AreReadFromItsFile()
    {
        // Guards the guard: the reader finds the references the grains do have.
        var referenced = ProjectReferences("RoyaltyLedger.Grains");

        Assert.Contains("RoyaltyLedger.Application", referenced);
        Assert.Contains("RoyaltyLedger.Grains.Abstractions", referenced);
    }

    private static List<string> ProjectReferences(string project)
    {
        var file = RepositoryRoot.Combine("src", project, project + ".csproj");
        return [.. XDocument.Load(file).Descendants("ProjectReference")
            .Select(r => Path.GetFileNameWithoutExtension(((string?)r.Attribute("Include") ?? "").Replace('\\', '/')))];
    }
}
