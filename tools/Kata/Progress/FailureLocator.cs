using System.Text.RegularExpressions;
using Katas.Tool.Course;
using Katas.Tool.Running;

namespace Katas.Tool.Progress;

/// <summary>
/// Finds, in a failing spec's stack trace, the two places a student wants to open: the line of their own
/// code that threw (under katas/) and the line of the spec that failed (under tests/).
/// </summary>
internal static partial class FailureLocator
{
    private const string SharedSpecSupport = "tests/Katas.Specs.Support/";

    public static SourceLocation? InStudentCode(SpecResult spec, RepositoryLayout layout) =>
        Frames(spec.StackTrace, layout).FirstOrDefault(f => f.File.StartsWith("katas/", StringComparison.Ordinal));

    public static SourceLocation? InSpec(SpecResult spec, RepositoryLayout layout) =>
        // The first frame in the specs themselves, past shared helpers such as TaskAssertions.
        Frames(spec.StackTrace, layout).FirstOrDefault(f =>
            f.File.StartsWith("tests/", StringComparison.Ordinal) && !f.File.StartsWith(SharedSpecSupport, StringComparison.Ordinal))
        ?? (spec.SourceFile is { } file && spec.SourceLine is int line ? new SourceLocation(layout.Relative(file), line) : null);

    /// <summary>Every frame of the trace that has a file and a line, in order, with paths made relative.</summary>
    internal static IEnumerable<SourceLocation> Frames(string? stackTrace, RepositoryLayout layout)
    {
        if (stackTrace is null)
        {
            yield break;
        }

        foreach (Match match in Frame().Matches(stackTrace))
        {
            yield return new SourceLocation(layout.Relative(match.Groups["file"].Value.Trim()), int.Parse(match.Groups["line"].Value));
        }
    }

    // "   at Type.Method() in /path/File.cs:line 42" (the word "line" is not translated by the runtime's
    // English-only stack traces; a localized "줄" is accepted too).
    [GeneratedRegex(@"\s+in\s+(?<file>.+?\.cs):(?:line|줄)\s+(?<line>\d+)", RegexOptions.Multiline)]
    private static partial Regex Frame();
}
