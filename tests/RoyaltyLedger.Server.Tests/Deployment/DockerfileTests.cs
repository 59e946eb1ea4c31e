using RoyaltyLedger.Server.Tests.Infrastructure;
using System.Xml.Linq;

namespace RoyaltyLedger.Server.Tests.Deployment;

/// <summary>
/// The Dockerfile's rules, checked by reading it: this machine has no Docker daemon to build it (k8s/README.md says
/// how to build the image). Multi-stage, pinned base images, non-root, everything the build needs in the context.
/// </summary>
public sealed class DockerfileTests
{
    private static readonly Dockerfile File = Dockerfile.Load(RepositoryRoot.Combine("Dockerfile"));

    private static readonly string[] Ignored = System.IO.File.ReadAllLines(RepositoryRoot.Combine(".dockerignore"))
        .Select(l => l.Trim()).Where(l => l.Length > 0 && !l.StartsWith('#')).ToArray();

    [Fact]
    public void Dockerfile_Stages_BuildOnSdkAndRunOnAspNetRuntime()
    {
        var froms = File.All("FROM").Select(i => i.Arguments).ToList();

        Assert.True(froms.Count >= 2, $"expected a multi-stage build, found {froms.Count} FROM");
        Assert.StartsWith("mcr.microsoft.com/dotnet/sdk:10.0 ", froms[0], StringComparison.Ordinal);
        Assert.StartsWith("mcr.microsoft.com/dotnet/aspnet:10.0 ", froms[^1], StringComparison.Ordinal);
        Assert.All(froms, f => Assert.DoesNotContain(":latest", f, StringComparison.Ordinal));
        Assert.DoesNotContain(File.Instructions, i => i.Stage == File.LastStage && i.Keyword == "RUN" && i.Arguments.Contains("dotnet publish", StringComparison.Ordinal));
        Assert.Empty(File.All("ADD"));
    }

    [Fact]
    public void Dockerfile_FinalStage_RunsAsNumericNonRootUser()
    {
        var final = File.Instructions.Where(i => i.Stage == File.LastStage).ToList();
        var user = final.Last(i => i.Keyword == "USER").Arguments;
        var uid = int.Parse(user.Split(':')[0], System.Globalization.CultureInfo.InvariantCulture);

        Assert.NotEqual(0, uid);
        Assert.Equal("ENTRYPOINT", final[^1].Keyword);
        Assert.True(final.FindLastIndex(i => i.Keyword == "USER") > final.FindLastIndex(i => i.Keyword == "RUN"), "USER must come after the last RUN of the final stage");
    }

    [Fact]
    public void Dockerfile_Entrypoint_ExecFormServerOnThePortsK8sUses()
    {
        var entrypoint = Assert.Single(File.All("ENTRYPOINT")).Arguments;
        var exposed = File.All("EXPOSE").SelectMany(i => i.Arguments.Split(' ', StringSplitOptions.RemoveEmptyEntries)).ToList();
        var deployment = System.IO.File.ReadAllText(RepositoryRoot.Combine("k8s", "base", "deployment.yaml"));

        Assert.Equal("[\"dotnet\", \"/app/RoyaltyLedger.Server.dll\"]", entrypoint);
        Assert.Equal(["5080", "11111", "30000"], exposed);
        Assert.All(exposed, p => Assert.Contains($"containerPort: {p}", deployment, StringComparison.Ordinal));
        Assert.Contains(File.All("ENV"), i => i.Arguments.Contains("ASPNETCORE_URLS=http://+:5080", StringComparison.Ordinal));
    }

    [Fact]
    public void Dockerfile_RestoreLayer_CopiesEveryProjectTheServerAndCliReference()
    {
        var needed = ProjectClosure("src/RoyaltyLedger.Server/RoyaltyLedger.Server.csproj")
            .Union(ProjectClosure("src/RoyaltyLedger.Cli/RoyaltyLedger.Cli.csproj")).Order(StringComparer.Ordinal).ToList();
        var restoreIndex = File.Instructions.ToList().FindIndex(i => i.Keyword == "RUN" && i.Arguments.Contains("dotnet restore", StringComparison.Ordinal));
        var copiedBeforeRestore = File.Instructions.Take(restoreIndex).Where(i => i.Keyword == "COPY").Select(i => i.Arguments).ToList();

        Assert.True(restoreIndex > 0, "the build stage must restore before copying sources");
        Assert.All(needed, project => Assert.Contains(copiedBeforeRestore, c => c.StartsWith(project + " ", StringComparison.Ordinal)));
        Assert.Contains(copiedBeforeRestore, c => c.Contains("Directory.Packages.props", StringComparison.Ordinal));
    }

    [Fact]
    public void Dockerfile_ContextSources_ExistAndAreNotDockerignored()
    {
        var sources = File.ContextSources().ToList();

        Assert.Contains("src/", sources);
        Assert.Contains("protos/", sources);
        Assert.All(sources, s => Assert.True(System.IO.File.Exists(RepositoryRoot.Combine(s)) || Directory.Exists(RepositoryRoot.Combine(s)), $"COPY source {s} is not in the repository"));
        Assert.All(sources, s => Assert.True(IgnoredBy(s) is null, $"COPY source {s} is excluded by .dockerignore line '{IgnoredBy(s)}'"));
        Assert.All(["src/RoyaltyLedger.Server/bin/", "tests/", ".git/", "data/", "src/RoyaltyLedger.Server/obj/"],
            p => Assert.True(IgnoredBy(p) is not null, $"{p} should be kept out of the build context by .dockerignore"));
    }

    /// <summary>The .dockerignore line that excludes a path: a top-level prefix, or **/name/ for a folder at any depth.</summary>
    private static string? IgnoredBy(string path)
    {
        var segments = path.TrimEnd('/').Split('/');
        return Ignored.FirstOrDefault(pattern => pattern.StartsWith("**/", StringComparison.Ordinal) && pattern.EndsWith('/')
            ? segments.Contains(pattern[3..^1])
            : (path + "/").StartsWith(pattern.EndsWith('/') ? pattern : pattern + "/", StringComparison.Ordinal) || path == pattern);
    }

    /// <summary>A project and every project it references, transitively, as repository-relative paths.</summary>
    private static HashSet<string> ProjectClosure(string project)
    {
        var found = new HashSet<string>(StringComparer.Ordinal);
        var pending = new Stack<string>([project]);
        while (pending.TryPop(out var next))
        {
            if (!found.Add(next))
            {
                continue;
            }

            var folder = Path.GetDirectoryName(RepositoryRoot.Combine(next))!;
            foreach (var reference in XDocument.Load(RepositoryRoot.Combine(next)).Descendants("ProjectReference"))
            {
                var full = Path.GetFullPath(Path.Combine(folder, reference.Attribute("Include")!.Value));
                pending.Push(Path.GetRelativePath(RepositoryRoot.Path, full).Replace('\\', '/'));
            }
        }

        return found;
    }
}
