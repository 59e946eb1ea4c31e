using System.Text.Json;

namespace RoyaltyLedger.Server.Tests.Deployment;

/// <summary>Finding rendered objects and reading their fields by dotted path, failing with the path that is missing.</summary>
internal static class K8sObjects
{
    public static JsonElement Single(IReadOnlyList<JsonElement> objects, string kind, string name)
    {
        var found = objects.Where(o => Text(o, "kind") == kind && Text(o, "metadata.name") == name).ToList();
        Assert.True(found.Count == 1, $"expected one {kind} {name}, found {found.Count} among {string.Join(", ", objects.Select(o => $"{Text(o, "kind")} {Text(o, "metadata.name")}"))}");
        return found[0];
    }

    public static IEnumerable<JsonElement> OfKind(IReadOnlyList<JsonElement> objects, string kind) =>
        objects.Where(o => Text(o, "kind") == kind);

    public static JsonElement At(JsonElement element, string path)
    {
        var current = element;
        foreach (var part in path.Split('.'))
        {
            Assert.True(current.ValueKind == JsonValueKind.Object && current.TryGetProperty(part, out current), $"no '{part}' in {path} of {element}");
        }

        return current;
    }

    public static bool Has(JsonElement element, string path)
    {
        var current = element;
        foreach (var part in path.Split('.'))
        {
            if (current.ValueKind != JsonValueKind.Object || !current.TryGetProperty(part, out current))
            {
                return false;
            }
        }

        return true;
    }

    public static string? Text(JsonElement element, string path) => Has(element, path) ? At(element, path).ToString() : null;

    /// <summary>The server container of the RoyaltyLedger Deployment.</summary>
    public static JsonElement ServerContainer(IReadOnlyList<JsonElement> objects)
    {
        var containers = At(Single(objects, "Deployment", "royaltyledger"), "spec.template.spec.containers").EnumerateArray().ToList();
        return containers.Single(c => Text(c, "name") == "server");
    }

    /// <summary>The container's environment variable of that name, which must be set exactly once.</summary>
    public static JsonElement Env(JsonElement container, string name)
    {
        var matches = At(container, "env").EnumerateArray().Where(e => Text(e, "name") == name).ToList();
        Assert.True(matches.Count == 1, $"expected env {name} once in the server container, found {matches.Count}");
        return matches[0];
    }

    public static bool Selects(JsonElement selector, JsonElement labels) =>
        At(selector, "matchLabels").EnumerateObject().All(l => labels.TryGetProperty(l.Name, out var v) && v.GetString() == l.Value.GetString());
}
