using System.Globalization;
using Katas.Tool.Cli;
using Katas.Tool.Course;
using Katas.Tool.Grading;
using Katas.Tool.Grading.Model;
using Katas.Tool.Grading.Scoring;
using Katas.Tool.Grading.Running;
using Katas.Tool.Grading.Sandbox;

[assembly: AssemblyFixture(typeof(Katas.Tool.Grading.Tests.GradingFixture))]

namespace Katas.Tool.Grading.Tests;

/// <summary>
/// The grader prepared once for every test: this repository's specs built and copied, as an instructor's
/// run would have them. Each test writes a submission and grades it.
/// </summary>
public sealed class GradingFixture : IAsyncLifetime
{
    /// <summary>A kata's whole run may take this long in the tests, one spec a quarter of it: endless loops end fast.</summary>
    private static readonly TimeSpan s_timeout = TimeSpan.FromSeconds(60);

    private TrustedCourse? _trusted;

    internal RepositoryLayout Layout { get; } = RepositoryLayout.Find(null, AppContext.BaseDirectory, AppContext.BaseDirectory);

    internal CourseCatalog Course { get; private set; } = null!;

    internal GradingPoints Points { get; private set; } = null!;

    internal ISandbox Sandbox { get; } = Sandboxes.ForThisMachine();

    internal TrustedCourse Trusted => _trusted ?? throw new InvalidOperationException("The fixture is not ready.");

    public async ValueTask InitializeAsync()
    {
        Course = CourseCatalog.Load(Layout);
        Points = GradingPoints.Load(Path.Combine(Layout.Root, GradingPoints.FileName), Course);
        _trusted = await TrustedCourse.PrepareAsync(Layout, Course, Language.English, _ => { }, CancellationToken.None);
    }

    public ValueTask DisposeAsync()
    {
        _trusted?.Dispose();
        return ValueTask.CompletedTask;
    }

    internal Task<SubmissionGrade> GradeAsync(TestSubmission submission) => GradeAsync(submission.Root);

    internal Task<SubmissionGrade> GradeAsync(string path, GradingPoints? points = null, string culture = "en-US") =>
        Grader(points, culture).GradeAsync(path, TestContext.Current.CancellationToken);

    /// <summary>A grader of submissions with the tests' limits, as `./kata grade` makes one.</summary>
    internal SubmissionGrader Grader(GradingPoints? points = null, string culture = "en-US") =>
        new(Layout, Course, Trusted, points ?? Points, new KataGrader(Sandbox, SandboxLimits.Default, s_timeout, CultureInfo.GetCultureInfo(culture)), Sandbox);

    /// <summary>The student file of a kata as the starter has it.</summary>
    internal string Starter(string kata) => File.ReadAllText(Path.Combine(Layout.KataDirectory(kata), kata + ".cs"));

    /// <summary>The student file of a kata as the reference solution has it.</summary>
    internal string Solution(string kata) => File.ReadAllText(Path.Combine(Layout.SolutionsDirectory, kata, kata + ".cs"));
}
