using Katas.Tool.Grading.Model;

namespace Katas.Tool.Grading.Tests;

/// <summary>The grade follows the work: nothing for the starter, everything for the solutions, exactly the steps done in between.</summary>
public sealed class FairGradingTests(GradingFixture grading)
{
    [Fact]
    public async Task The_untouched_starter_scores_0_in_every_step()
    {
        using var submission = new TestSubmission();
        foreach (var kata in grading.Course.Katas)
        {
            submission.WithKata(kata.Name, grading.Starter(kata.Name));
        }

        var grade = await grading.GradeAsync(submission);

        Assert.All(grade.Katas, kata =>
        {
            Assert.Equal(KataGradeStatus.Graded, kata.Status);
            Assert.All(kata.Steps, step => Assert.True(step.Points == 0, $"{kata.Kata} step {step.Number} scored {step.Points} on the starter."));
        });
        Assert.Equal(0, grade.Score);
        Assert.Empty(grade.ReviewFlags);
    }

    [Fact]
    public async Task The_reference_solutions_score_full_marks_and_the_same_on_a_second_run()
    {
        using var submission = new TestSubmission();
        foreach (var kata in grading.Course.Katas)
        {
            submission.WithKata(kata.Name, grading.Solution(kata.Name));
        }

        var first = await grading.GradeAsync(submission);
        var second = await grading.GradeAsync(submission);

        Assert.All(first.Katas, kata => Assert.All(kata.Steps, step =>
            Assert.True(step.Points == step.MaxPoints, $"{kata.Kata} step {step.Number}: {step.Points}/{step.MaxPoints}; {step.Problem} {step.Specs.FirstOrDefault(s => s.Verdict != SpecVerdict.Passed)?.Message}")));
        Assert.Equal(first.MaxScore, first.Score);
        Assert.Equal(400, first.MaxScore);
        var changed = Verdicts(first).Zip(Verdicts(second), (a, b) => a == b ? null : $"{a} then {b}").OfType<string>().ToArray();
        Assert.True(changed.Length == 0, "The same submission graded twice got different verdicts: " + string.Join("; ", changed));
        Assert.Empty(first.ReviewFlags);
    }

    [Fact]
    public async Task A_submission_with_some_katas_done_gets_exactly_those()
    {
        using var submission = new TestSubmission()
            .WithKata("HealthChecker", grading.Starter("HealthChecker"))
            .WithKata("RoundRobin", grading.Solution("RoundRobin"))
            .WithKata("DriftChecker", grading.Solution("DriftChecker"));

        var grade = await grading.GradeAsync(submission);

        Assert.Equal(0, Kata(grade, "HealthChecker").Score);
        Assert.Equal(100, Kata(grade, "RoundRobin").Score);
        Assert.Equal(KataGradeStatus.Missing, Kata(grade, "Scaler").Status);
        Assert.Equal(0, Kata(grade, "Scaler").Score);
        Assert.Equal(100, Kata(grade, "DriftChecker").Score);
        Assert.Equal(200, grade.Score);
    }

    [Fact]
    public async Task A_compile_error_costs_its_kata_only_and_shows_the_compiler_line()
    {
        using var submission = new TestSubmission()
            .WithKata("RoundRobin", grading.Solution("RoundRobin").AtStartOf("public bool TryPick(", "int broken = \"not a number\";"))
            .WithKata("DriftChecker", grading.Solution("DriftChecker"));

        var grade = await grading.GradeAsync(submission);

        var roundRobin = Kata(grade, "RoundRobin");
        Assert.Equal(KataGradeStatus.NotCompiling, roundRobin.Status);
        Assert.Equal(0, roundRobin.Score);
        Assert.Contains(roundRobin.CompilerErrors, line => line.StartsWith("katas/RoundRobin/RoundRobin.cs(", StringComparison.Ordinal) && line.Contains("error CS0029", StringComparison.Ordinal));
        Assert.Equal(100, Kata(grade, "DriftChecker").Score);
    }

    [Fact]
    public async Task Co_authors_of_the_history_are_credited()
    {
        using var submission = new TestSubmission().WithKata("RoundRobin", grading.Starter("RoundRobin"));
        await Git(submission.Root, "init", "-q");
        await Git(submission.Root, "add", ".");
        await Git(submission.Root, "-c", "user.name=Kim Minji", "-c", "user.email=minji@example.edu", "commit", "-q", "-m", "Step 1\n\nCo-authored-by: Lee Jun <jun@example.edu>");

        var grade = await grading.GradeAsync(submission);

        Assert.Equal(["Kim Minji <minji@example.edu>", "Lee Jun <jun@example.edu>"], grade.Authors.Select(a => a.ToString()));
    }

    internal static KataGrade Kata(SubmissionGrade grade, string name) => grade.Katas.Single(k => k.Kata == name);

    private static string[] Verdicts(SubmissionGrade grade) =>
        [.. grade.Katas.SelectMany(k => k.Steps.SelectMany(s => s.Specs.Select(spec => $"{spec.Name}={spec.Verdict}")))];

    private static async Task Git(string root, params string[] arguments)
    {
        var outcome = await Katas.Tool.Running.ProcessRunner.RunAsync(new Katas.Tool.Running.ProcessSpec("git", arguments, root, TimeSpan.FromSeconds(30)));
        Assert.True(outcome.ExitCode == 0, $"git {string.Join(' ', arguments)}: {outcome.Error}");
    }
}
