using System.Reflection;
using System.Runtime.CompilerServices;
using System.Text.RegularExpressions;
using RoyaltyLedger.Server.Tests.Infrastructure;

namespace RoyaltyLedger.Server.Tests.Architecture;

/// <summary>
/// Limits that keep each class one concern a newcomer can hold in mind: a class spread over more than three files,
/// or needing more than seven collaborators, is doing several jobs and is split instead.
/// </summary>
public sealed partial class ClassShapeTests
{
    public const int MaxPartialFiles = 3;

    public const int MaxConstructorDependencies = 7;

    /// <summary>Every assembly built from src/, except the generated wire contract.</summary>
    public static readonly string[] SourceAssemblies =
    [
        "RoyaltyLedger.Domain", "RoyaltyLedger.Application", "RoyaltyLedger.Grains.Abstractions", "RoyaltyLedger.Grains",
        "RoyaltyLedger.Storage", "RoyaltyLedger.Server", "RoyaltyLedger.Client", "royalty", // royalty: the CLI
    ];

    [Fact]
    public void Sources_NoPartialClassAcrossMoreThanThreeFiles()
    {
        var files = Directory.EnumerateFiles(RepositoryRoot.Combine("src"), "*.cs", SearchOption.AllDirectories)
            .Where(f => !f.Contains($"{Path.DirectorySeparatorChar}obj{Path.DirectorySeparatorChar}", StringComparison.Ordinal)
                && !f.Contains($"{Path.DirectorySeparatorChar}bin{Path.DirectorySeparatorChar}", StringComparison.Ordinal));
        var filesPerClass = new Dictionary<string, SortedSet<string>>(StringComparer.Ordinal);
        foreach (var file in files)
        {
            var text = File.ReadAllText(file);
            var ns = Namespace().Match(text) is { Success: true } m ? m.Groups[1].Value : "";
            foreach (Match partial in PartialType().Matches(text))
            {
                var name = $"{ns}.{partial.Groups[1].Value}";
                if (!filesPerClass.TryGetValue(name, out var set))
                {
                    filesPerClass[name] = set = new SortedSet<string>(StringComparer.Ordinal);
                }

                set.Add(Path.GetRelativePath(RepositoryRoot.Path, file));
            }
        }

        var spread = filesPerClass.Where(p => p.Value.Count > MaxPartialFiles)
            .Select(p => $"{p.Key} in {p.Value.Count} files ({string.Join(", ", p.Value)})").ToList();
        Assert.True(spread.Count == 0, $"partial classes across more than {MaxPartialFiles} files:\n{string.Join("\n", spread)}");
        Assert.NotEmpty(filesPerClass); // the scan saw the partial classes there are (logging classes are partial)
    }

    [Fact]
    public void Classes_AtMostSevenConstructorDependencies()
    {
        var crowded = new List<string>();
        foreach (var type in SourceAssemblies.SelectMany(a => Assembly.Load(a).GetTypes()).Where(IsServiceClass))
        {
            foreach (var constructor in type.GetConstructors(BindingFlags.Instance | BindingFlags.Public | BindingFlags.NonPublic))
            {
                var count = constructor.GetParameters().Length;
                if (count > MaxConstructorDependencies)
                {
                    crowded.Add($"{type.FullName}({string.Join(", ", constructor.GetParameters().Select(p => p.ParameterType.Name))}): {count}");
                }
            }
        }

        Assert.True(crowded.Count == 0, $"classes with more than {MaxConstructorDependencies} constructor dependencies:\n{string.Join("\n", crowded)}");
    }

    [Fact]
    public void IsServiceClass_TellsRecordsAndGeneratedCodeFromClasses()
    {
        Assert.True(IsServiceClass(typeof(ClassShapeTests)));
        Assert.False(IsServiceClass(typeof(Domain.Payouts.PayoutLine))); // a record: its parameters are its data
    }

    /// <summary>
    /// A hand-written class whose constructor takes collaborators. Records (their parameters are data, not
    /// dependencies), exceptions, compiler- and source-generated types (Orleans codecs, protobuf, logging) are not.
    /// </summary>
    private static bool IsServiceClass(Type type) =>
        type is { IsClass: true, IsAbstract: false }
        && type.GetMethod("<Clone>$") is null
        && !typeof(Exception).IsAssignableFrom(type)
        && !type.IsDefined(typeof(CompilerGeneratedAttribute), inherit: false)
        && !type.IsDefined(typeof(System.CodeDom.Compiler.GeneratedCodeAttribute), inherit: false)
        && !(type.Namespace ?? "").StartsWith("OrleansCodeGen", StringComparison.Ordinal)
        && !(type.DeclaringType is { } outer && (outer.IsDefined(typeof(CompilerGeneratedAttribute), false) || outer.IsDefined(typeof(System.CodeDom.Compiler.GeneratedCodeAttribute), false)));

    [GeneratedRegex(@"^namespace ([\w.]+)\s*;", RegexOptions.Multiline)]
    private static partial Regex Namespace();

    [GeneratedRegex(@"\bpartial\s+(?:class|record|struct|interface)\s+(\w+)")]
    private static partial Regex PartialType();
}
