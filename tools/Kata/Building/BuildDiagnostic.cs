namespace Katas.Tool.Building;

internal enum DiagnosticSeverity
{
    Warning,
    Error,
}

/// <summary>One error or warning from a build, with where it is.</summary>
/// <param name="File">The source file (or project file) it is in, when known.</param>
/// <param name="Project">The project that reported it, when known.</param>
internal sealed record BuildDiagnostic(
    DiagnosticSeverity Severity, string Code, string Message, string? File, int? Line, int? Column, string? Project)
{
    public bool IsError => Severity == DiagnosticSeverity.Error;
}
