using System.Diagnostics;
using Katas.Tool.Course;
using Katas.Tool.Grading.Model;
using Katas.Tool.Grading.Scoring;
using Katas.Tool.Grading.Running;
using Katas.Tool.Grading.Sandbox;
using Katas.Tool.Grading.Submissions;

namespace Katas.Tool.Grading;

/// <summary>Grades one submission, kata by kata: a kata that cannot be read, compiled or run costs that kata only.</summary>
internal sealed class SubmissionGrader(RepositoryLayout layout, CourseCatalog course, TrustedCourse trusted, GradingPoints points, KataGrader grader, ISandbox sandbox)
{
    public async Task<SubmissionGrade> GradeAsync(string path, CancellationToken cancellationToken)
    {
        var stopwatch = Stopwatch.StartNew();
        var name = Path.GetFileName(Path.TrimEndingDirectorySeparator(Path.GetFullPath(path)));
        var work = trusted.NewSubmissionDirectory();

        var root = SubmissionFolder.Find(path, out var problem);
        SubmissionFiles files = root is null ? new SubmissionFiles(new Dictionary<string, IReadOnlyList<Compiling.StudentSource>>(), []) : new SubmissionReader(layout, course).Read(root);
        var authors = root is null ? [] : await GitAuthors.ReadAsync(root, cancellationToken).ConfigureAwait(false);

        var katas = new List<KataGrade>();
        var flags = new List<ReviewFlag>();
        foreach (var kata in trusted.Katas)
        {
            var (grade, kataFlags) = await grader.GradeAsync(kata, files.Sources.GetValueOrDefault(kata.Name), points.For(kata.Name), points, Path.Combine(work, kata.Name), cancellationToken).ConfigureAwait(false);
            katas.Add(grade);
            flags.AddRange(kataFlags);
        }

        return new SubmissionGrade(name, root ?? path, katas, authors, files.Ignored, flags, sandbox.Isolates, stopwatch.Elapsed, problem);
    }
}
