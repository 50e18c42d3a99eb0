namespace Katas.Tool.Grading.Model;

/// <summary>
/// Everything the grader found about one submission: the grade of each kata and step, the files it did
/// not use, the APIs it flagged for review, and who wrote it. Every report is written from this.
/// </summary>
/// <param name="Name">The submission's name: its folder's name (a student's repository).</param>
/// <param name="Path">Where the submission was read from.</param>
/// <param name="Authors">The commit authors and <c>Co-authored-by:</c> trailers of the submission's git history.</param>
/// <param name="Sandboxed">False where the platform has no sandbox (no bubblewrap): every report says so.</param>
/// <param name="Problem">A problem with the submission as a whole (no katas folder found...), or null.</param>
internal sealed record SubmissionGrade(
    string Name,
    string Path,
    IReadOnlyList<KataGrade> Katas,
    IReadOnlyList<Person> Authors,
    IReadOnlyList<IgnoredFile> IgnoredFiles,
    IReadOnlyList<ReviewFlag> ReviewFlags,
    bool Sandboxed,
    TimeSpan Elapsed,
    string? Problem = null)
{
    public decimal Score => Katas.Sum(k => k.Score);

    public decimal MaxScore => Katas.Sum(k => k.MaxScore);

    /// <summary>True when the instructor should read the code before trusting the grade.</summary>
    public bool NeedsReview => ReviewFlags.Count > 0;
}

/// <summary>A person named in the submission's history.</summary>
internal sealed record Person(string Name, string? Email)
{
    public override string ToString() => Email is null ? Name : $"{Name} <{Email}>";
}

/// <summary>A file of the submission that the grader did not use, and how it differs from the course.</summary>
internal sealed record IgnoredFile(string Path, FileChange Change, string? Reason = null);

internal enum FileChange
{
    /// <summary>The course has no such file.</summary>
    Added,

    /// <summary>The course has the file with other content.</summary>
    Changed,

    /// <summary>The course has the file; the submission does not.</summary>
    Removed,

    /// <summary>A student file the grader would use, refused (a link, too large, not UTF-8).</summary>
    Refused,
}

/// <summary>An API in the student's code that no kata needs (process start, file writes, reflection...).</summary>
internal sealed record ReviewFlag(string Kata, string File, int Line, string Api, string Reason);
