using System.Text.Json;
using Katas.Tool.Cli;
using Katas.Tool.Grading.Reports;

namespace Katas.Tool.Tests;

public sealed class ClassroomResultsTests
{
    [Fact]
    public void One_test_per_step_whose_scores_add_up_to_the_points_line()
    {
        var grade = GradeSamples.Mixed();
        using var results = JsonDocument.Parse(ClassroomResults.Render(grade, Language.English));
        var root = results.RootElement;
        var tests = root.GetProperty("tests").EnumerateArray().ToList();

        Assert.Equal(1, root.GetProperty("version").GetInt32());
        Assert.Equal("fail", root.GetProperty("status").GetString());
        Assert.Equal(45m, root.GetProperty("max_score").GetDecimal());
        Assert.Equal(6, tests.Count);
        Assert.Equal(7.5m, tests.Sum(t => t.GetProperty("score").GetDecimal()));
        Assert.Equal("Points 7.5/45", ClassroomResults.PointsLine(grade));
        Assert.All(tests, t => Assert.Equal(
            ["name", "status", "score", "message", "test_code", "filename", "line_no", "duration"],
            t.EnumerateObject().Select(p => p.Name)));
    }

    [Fact]
    public void A_step_passes_fails_or_errs_when_its_kata_does_not_compile_or_its_run_stopped()
    {
        using var results = JsonDocument.Parse(ClassroomResults.Render(GradeSamples.Mixed(), Language.English));
        var tests = results.RootElement.GetProperty("tests").EnumerateArray().ToList();

        Assert.Equal(["pass", "fail", "error", "error", "error", "fail"], tests.Select(t => t.GetProperty("status").GetString()));
        Assert.Equal("HealthChecker · Step 2: Timeouts", tests[1].GetProperty("name").GetString());
        Assert.Equal("./kata HealthChecker/timeouts", tests[1].GetProperty("test_code").GetString());
        Assert.Contains("A redirect is healthy: Assert.Equal() Failure", tests[1].GetProperty("message").GetString(), StringComparison.Ordinal);
        Assert.Contains(GradeSamples.CompilerLine, tests[3].GetProperty("message").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public void The_status_is_pass_when_every_step_passes_and_error_when_the_submission_could_not_be_graded()
    {
        using var passed = JsonDocument.Parse(ClassroomResults.Render(GradeSamples.AllPassed(), Language.English));
        using var broken = JsonDocument.Parse(ClassroomResults.Render(GradeSamples.AllPassed() with { Problem = "no katas folder" }, Language.English));

        Assert.Equal("pass", passed.RootElement.GetProperty("status").GetString());
        Assert.Equal("error", broken.RootElement.GetProperty("status").GetString());
        Assert.Equal("Points 10/10", ClassroomResults.PointsLine(GradeSamples.AllPassed()));
    }

    [Fact]
    public void A_SPOF_deduction_is_a_negative_test_the_reporter_adds_up()
    {
        var grade = GradeSamples.Mixed(spofDeduction: 1);
        using var results = JsonDocument.Parse(ClassroomResults.Render(grade, Language.Korean));
        var tests = results.RootElement.GetProperty("tests").EnumerateArray().ToList();

        Assert.Equal(6.5m, tests.Sum(t => t.GetProperty("score").GetDecimal()));
        Assert.Equal("Points 6.5/45", ClassroomResults.PointsLine(grade));
        Assert.Equal("HealthChecker · SPOF 감점", tests[3].GetProperty("name").GetString());
        Assert.Equal("HealthChecker · 2단계: Timeouts", tests[1].GetProperty("name").GetString());
    }
}
