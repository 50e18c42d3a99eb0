using System.Text.Json;

namespace Katas.DriftChecker.Specs;

/// <summary>
/// Applies an RFC 6902 JSON Patch to settings seen as a flat JSON object of strings, strictly: a
/// <c>replace</c> or <c>remove</c> of a key that does not exist fails, as the RFC says it must.
/// </summary>
internal static class JsonPatch
{
    public static IReadOnlyList<(string Op, string Path, string? Value)> Operations(string patch)
    {
        using var document = JsonDocument.Parse(patch);
        Assert.True(document.RootElement.ValueKind == JsonValueKind.Array, $"A JSON Patch is a JSON array of operations, but it was: {patch}");
        return document.RootElement.EnumerateArray()
            .Select(operation => (
                operation.GetProperty("op").GetString()!,
                operation.GetProperty("path").GetString()!,
                operation.TryGetProperty("value", out var value) ? value.GetString() : null))
            .ToArray();
    }

    public static Dictionary<string, string> Apply(IReadOnlyDictionary<string, string>? settings, string patch)
    {
        var document = new Dictionary<string, string>(settings ?? new Dictionary<string, string>(), StringComparer.Ordinal);
        foreach (var (op, path, value) in Operations(patch))
        {
            Assert.True(path.StartsWith('/') && path.IndexOf('/', 1) < 0, $"'{path}' should point at one key of a flat object: '/' and the escaped key.");
            // RFC 6901: ~1 becomes '/' first, then ~0 becomes '~'.
            var key = path[1..].Replace("~1", "/", StringComparison.Ordinal).Replace("~0", "~", StringComparison.Ordinal);
            switch (op)
            {
                case "add":
                    document[key] = value ?? throw new InvalidOperationException($"'add' at {path} has no value.");
                    break;
                case "replace":
                    Assert.True(document.ContainsKey(key), $"'replace' at {path}: the key '{key}' does not exist, so the patch would fail (RFC 6902, 4.3).");
                    document[key] = value ?? throw new InvalidOperationException($"'replace' at {path} has no value.");
                    break;
                case "remove":
                    Assert.True(document.Remove(key), $"'remove' at {path}: the key '{key}' does not exist, so the patch would fail (RFC 6902, 4.2).");
                    break;
                default:
                    Assert.Fail($"Unexpected operation '{op}' at {path}: bringing a server back needs only add, replace and remove.");
                    break;
            }
        }

        return document;
    }
}
