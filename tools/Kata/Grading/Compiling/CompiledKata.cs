using Katas.Tool.Grading.Model;

namespace Katas.Tool.Grading.Compiling;

/// <summary>The outcome of compiling a student's kata: the assembly, or the compiler's errors; and what the analyzers and the vetting found.</summary>
/// <param name="AssemblyPath">The compiled assembly, or null when the kata did not compile.</param>
/// <param name="Errors">The compiler's error lines, <c>file(line,col): error CSxxxx: message</c>.</param>
internal sealed record CompiledKata(
    string? AssemblyPath,
    IReadOnlyList<string> Errors,
    IReadOnlyList<SpofFinding> SpofFindings,
    IReadOnlyList<ReviewFlag> ReviewFlags)
{
    public bool Succeeded => AssemblyPath is not null;
}
