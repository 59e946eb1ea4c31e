using RoyaltyLedger.Server.Tests.Infrastructure;
using System.Security.Cryptography;
using System.Text.Json;

namespace RoyaltyLedger.Server.Tests.Deployment;

/// <summary>
/// Renders a k8s/ overlay with `kubectl kustomize` and validates every object offline with validator/validate.mjs
/// (kubernetes-models schemas). The validator's npm packages come from its package-lock.json through `npm ci`, once
/// per lock file: a stamp beside node_modules records the lock file's hash.
/// </summary>
public sealed class ManifestValidator : IAsyncLifetime
{
    public static string ValidatorFolder { get; } = RepositoryRoot.Combine("tests", "RoyaltyLedger.Server.Tests", "Deployment", "validator");

    private readonly string _work = Directory.CreateTempSubdirectory("royalty-k8s-").FullName;

    public async Task InitializeAsync()
    {
        await RequireKustomize5Async();
        var lockHash = Convert.ToHexString(SHA256.HashData(await File.ReadAllBytesAsync(Path.Combine(ValidatorFolder, "package-lock.json"))));
        var stamp = Path.Combine(ValidatorFolder, "node_modules", ".royaltyledger-lock-sha256");
        if (File.Exists(stamp) && await File.ReadAllTextAsync(stamp) == lockHash)
        {
            return;
        }

        var install = await RequiredTool.Npm.RunAsync(ValidatorFolder, "ci", "--no-audit", "--no-fund", "--loglevel=error");
        Assert.True(install.ExitCode == 0, $"npm ci in {ValidatorFolder} failed: {install}");
        await File.WriteAllTextAsync(stamp, lockHash);
    }

    /// <summary>k8s/ uses kustomize 5's fields (labels, patches with targets): kubectl 1.27 or later embeds it.</summary>
    private static async Task RequireKustomize5Async()
    {
        var version = await RequiredTool.Kubectl.RunAsync(null, "version", "--client");
        var line = version.Output.Split('\n').FirstOrDefault(l => l.StartsWith("Kustomize Version: v", StringComparison.Ordinal));
        Assert.True(line is not null && int.TryParse(line["Kustomize Version: v".Length..].Split('.')[0], out var major) && major >= 5,
            $"kubectl embeds {line ?? "no kustomize version"} ({version.Output.Trim()}); k8s/ needs kustomize v5, in kubectl 1.27 or later. {RequiredTool.Kubectl.Install}");
    }

    /// <summary>The overlay's objects as `kubectl kustomize` renders them, after the validator accepted every one.</summary>
    public async Task<IReadOnlyList<JsonElement>> RenderValidAsync(string overlay)
    {
        var rendered = await RequiredTool.Kubectl.RunAsync(RepositoryRoot.Path, "kustomize", Path.Combine("k8s", "overlays", overlay));
        Assert.True(rendered.ExitCode == 0, $"kubectl kustomize k8s/overlays/{overlay}: {rendered}");
        var result = await ValidateAsync(overlay, rendered.Output);
        Assert.True(result.ExitCode == 0, $"k8s/overlays/{overlay} has objects that fail their schema: {result.Error}");
        var objects = JsonSerializer.Deserialize<List<JsonElement>>(result.Output)
            ?? throw new InvalidOperationException($"validator printed no objects for {overlay}");
        Assert.True(objects.Count > 0, $"k8s/overlays/{overlay} rendered no objects");
        return objects;
    }

    /// <summary>Runs the validator on YAML text as it is, for the tests of the validator itself.</summary>
    public async Task<ToolResult> ValidateAsync(string name, string yaml)
    {
        var file = Path.Combine(_work, $"{name}.yaml");
        await File.WriteAllTextAsync(file, yaml);
        return await RequiredTool.Node.RunAsync(ValidatorFolder, "validate.mjs", file);
    }

    public Task DisposeAsync()
    {
        TempFolder.Delete(_work);
        return Task.CompletedTask;
    }
}
