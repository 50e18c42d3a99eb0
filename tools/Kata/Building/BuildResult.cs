namespace Katas.Tool.Building;

/// <summary>The outcome of one <c>dotnet build</c>.</summary>
internal sealed record BuildResult(int ExitCode, bool TimedOut, IReadOnlyList<BuildDiagnostic> Diagnostics, string Output)
{
    public bool Succeeded => ExitCode == 0 && !TimedOut;

    public IEnumerable<BuildDiagnostic> Errors => Diagnostics.Where(d => d.IsError);

    /// <summary>The diagnostics reported by a project, or for a file in a folder.</summary>
    public IEnumerable<BuildDiagnostic> For(string projectFile)
    {
        var folder = Path.GetDirectoryName(projectFile)! + Path.DirectorySeparatorChar;
        return Diagnostics.Where(d =>
            string.Equals(d.Project, projectFile, StringComparison.Ordinal)
            || (d.File is not null && d.File.StartsWith(folder, StringComparison.Ordinal)));
    }
}
