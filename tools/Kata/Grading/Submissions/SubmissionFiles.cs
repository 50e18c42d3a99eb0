using Katas.Tool.Grading.Compiling;
using Katas.Tool.Grading.Model;

namespace Katas.Tool.Grading.Submissions;

/// <summary>What the grader takes from a submission: each kata's student files, and the files it leaves.</summary>
/// <param name="Sources">Per kata, the student files that were read (a kata with none is missing).</param>
internal sealed record SubmissionFiles(
    IReadOnlyDictionary<string, IReadOnlyList<StudentSource>> Sources,
    IReadOnlyList<IgnoredFile> Ignored);
