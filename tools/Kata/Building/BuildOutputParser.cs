using System.Text.RegularExpressions;

namespace Katas.Tool.Building;

/// <summary>
/// Reads errors and warnings from MSBuild's console output in its canonical format, which does not
/// change with the user's language: <c>path(line,col): error CS1002: ; expected [project]</c>.
/// </summary>
internal static partial class BuildOutputParser
{
    public static IReadOnlyList<BuildDiagnostic> Parse(string output)
    {
        var diagnostics = new List<BuildDiagnostic>();
        var seen = new HashSet<BuildDiagnostic>();
        foreach (var rawLine in output.ReplaceLineEndings("\n").Split('\n'))
        {
            var line = rawLine.Trim();
            var diagnostic = ParseLine(line);
            if (diagnostic is not null && seen.Add(diagnostic))
            {
                diagnostics.Add(diagnostic);
            }
        }

        return diagnostics;
    }

    internal static BuildDiagnostic? ParseLine(string line)
    {
        var located = Located().Match(line);
        if (located.Success)
        {
            return new BuildDiagnostic(
                Severity(located.Groups["severity"].Value),
                located.Groups["code"].Value,
                located.Groups["message"].Value.Trim(),
                located.Groups["file"].Value,
                int.Parse(located.Groups["line"].Value),
                int.Parse(located.Groups["column"].Value),
                ProjectOf(located));
        }

        var general = General().Match(line);
        if (general.Success)
        {
            var origin = general.Groups["origin"].Value.Trim();
            return new BuildDiagnostic(
                Severity(general.Groups["severity"].Value),
                general.Groups["code"].Value,
                general.Groups["message"].Value.Trim(),
                origin.Length > 0 && origin != "MSBUILD" && !origin.StartsWith("CSC", StringComparison.Ordinal) ? origin : null,
                null,
                null,
                ProjectOf(general) ?? (origin.EndsWith("proj", StringComparison.OrdinalIgnoreCase) ? origin : null));
        }

        return null;
    }

    private static DiagnosticSeverity Severity(string text) =>
        text == "error" ? DiagnosticSeverity.Error : DiagnosticSeverity.Warning;

    private static string? ProjectOf(Match match) => match.Groups["project"] is { Success: true } project ? project.Value : null;

    // path(line,col): error CODE: message [project]   (also path(line,col,endLine,endCol))
    [GeneratedRegex(@"^(?<file>.+?)\((?<line>\d+),(?<column>\d+)(?:,\d+,\d+)?\)\s*:\s*(?<severity>error|warning)\s+(?<code>[A-Za-z]+\d+)\s*:\s*(?<message>.*?)(?:\s+\[(?<project>[^\[\]]+)\])?$")]
    private static partial Regex Located();

    // origin : error CODE: message [project]   (origin: MSBUILD, CSC, a project file...)
    [GeneratedRegex(@"^(?<origin>.*?)\s:\s(?<severity>error|warning)\s+(?<code>[A-Za-z]+\d+)\s*:\s*(?<message>.*?)(?:\s+\[(?<project>[^\[\]]+)\])?$")]
    private static partial Regex General();
}
