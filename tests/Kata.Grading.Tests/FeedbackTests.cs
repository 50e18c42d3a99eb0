using Katas.Tool.Grading.Scoring;

namespace Katas.Tool.Grading.Tests;

/// <summary>SPOF findings are feedback with their rule page, in the student's language; they cost points only when the points file says so.</summary>
public sealed class FeedbackTests(GradingFixture grading)
{
    /// <summary>A blocking wait in async code: SPOF006.</summary>
    private const string BlockingWait = "static class Waits\n{\n    public static async Task PauseAsync()\n    {\n        await Task.Yield();\n        Thread.Sleep(1000);\n    }\n}\n";

    [Fact]
    public async Task A_SPOF_finding_is_feedback_with_its_rule_page_and_costs_nothing_by_default()
    {
        using var submission = new TestSubmission().WithKata("RoundRobin", grading.Solution("RoundRobin").WithClass(BlockingWait));

        var grade = await grading.GradeAsync(submission);

        var kata = FairGradingTests.Kata(grade, "RoundRobin");
        var finding = Assert.Single(kata.SpofFindings);
        Assert.Equal("SPOF006", finding.Rule);
        Assert.Equal("katas/RoundRobin/RoundRobin.cs", finding.File);
        Assert.Contains("SPOF006", finding.HelpLink, StringComparison.Ordinal);
        Assert.Equal(100, kata.Score);
    }

    [Fact]
    public async Task A_SPOF_finding_costs_the_points_the_points_file_asks_for_in_Korean_too()
    {
        using var submission = new TestSubmission().WithKata("RoundRobin", grading.Solution("RoundRobin").WithClass(BlockingWait));
        var points = grading.Points with { Deductions = new SpofDeductions(true, 1, 5, new Dictionary<string, decimal> { ["SPOF006"] = 3 }) };

        var grade = await grading.GradeAsync(submission.Root, points, "ko-KR");

        var kata = FairGradingTests.Kata(grade, "RoundRobin");
        Assert.Equal(3, kata.SpofDeduction);
        Assert.Equal(97, kata.Score);
        Assert.Matches("[가-힣]", Assert.Single(kata.SpofFindings).Message);
    }
}
