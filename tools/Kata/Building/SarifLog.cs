using System.Text.Json;

namespace Katas.Tool.Building;

/// <summary>
/// Reads the compiler's SARIF log (katas/Directory.Build.targets asks for one). An up-to-date build
/// prints no warnings; the log still has the ones of the last compile.
/// </summary>
internal static class SarifLog
{
    /// <summary>The warnings and errors whose rule id starts with <paramref name="rulePrefix"/>.</summary>
    public static IReadOnlyList<BuildDiagnostic> Read(string path, string rulePrefix)
    {
        using var stream = File.OpenRead(path);
        using var document = JsonDocument.Parse(stream);
        var diagnostics = new List<BuildDiagnostic>();

        foreach (var run in Array(document.RootElement, "runs"))
        {
            foreach (var result in Array(run, "results"))
            {
                var ruleId = String(result, "ruleId");
                var level = String(result, "level");
                if (ruleId is null || !ruleId.StartsWith(rulePrefix, StringComparison.Ordinal) || level is not ("warning" or "error"))
                {
                    continue;
                }

                string? file = null;
                int? line = null;
                int? column = null;
                if (Array(result, "locations").FirstOrDefault() is { ValueKind: JsonValueKind.Object } location
                    && location.TryGetProperty("physicalLocation", out var physical))
                {
                    if (physical.TryGetProperty("artifactLocation", out var artifact) && String(artifact, "uri") is { } uri)
                    {
                        file = Uri.TryCreate(uri, UriKind.Absolute, out var absolute) && absolute.IsFile ? absolute.LocalPath : uri;
                    }

                    if (physical.TryGetProperty("region", out var region))
                    {
                        line = Int(region, "startLine");
                        column = Int(region, "startColumn");
                    }
                }

                var message = result.TryGetProperty("message", out var m) ? String(m, "text") ?? "" : "";
                diagnostics.Add(new BuildDiagnostic(
                    level == "error" ? DiagnosticSeverity.Error : DiagnosticSeverity.Warning, ruleId, message, file, line, column, null));
            }
        }

        return diagnostics;
    }

    private static IEnumerable<JsonElement> Array(JsonElement element, string name) =>
        element.ValueKind == JsonValueKind.Object && element.TryGetProperty(name, out var array) && array.ValueKind == JsonValueKind.Array
            ? array.EnumerateArray()
            : [];

    private static string? String(JsonElement element, string name) =>
        element.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String ? value.GetString() : null;

    private static int? Int(JsonElement element, string name) =>
        element.TryGetProperty(name, out var value) && value.TryGetInt32(out var number) ? number : null;
}
