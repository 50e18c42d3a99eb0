using System.Globalization;
using System.Text.Json;
using Katas.Tool.Cli;
using Katas.Tool.Grading.Reports;

namespace Katas.Tool.Tests;

public sealed class GradescopeResultsTests
{
    [Fact]
    public void One_test_per_step_named_numbered_and_tagged_with_its_points()
    {
        using var results = JsonDocument.Parse(GradescopeResults.Render(GradeSamples.Mixed(), Language.English));
        var tests = results.RootElement.GetProperty("tests").EnumerateArray().ToList();

        Assert.Equal(
            ["1.1", "1.2", "1.3", "2.1", "2.2", "3.1"],
            tests.Select(t => t.GetProperty("number").GetString()));
        var second = tests[1];
        Assert.Equal("HealthChecker · Step 2: Timeouts", second.GetProperty("name").GetString());
        Assert.Equal(2.5m, second.GetProperty("score").GetDecimal());
        Assert.Equal(5m, second.GetProperty("max_score").GetDecimal());
        Assert.Equal("failed", second.GetProperty("status").GetString());
        Assert.Equal(["HealthChecker", "step-2"], second.GetProperty("tags").EnumerateArray().Select(t => t.GetString()));
        Assert.Equal("visible", second.GetProperty("visibility").GetString());
        Assert.Equal("passed", tests[0].GetProperty("status").GetString());
        Assert.All(tests.Skip(1), t => Assert.Equal("failed", t.GetProperty("status").GetString()));
    }

    [Fact]
    public void The_score_is_the_sum_of_the_tests_and_the_time_is_in_seconds()
    {
        using var results = JsonDocument.Parse(GradescopeResults.Render(GradeSamples.Mixed(), Language.English));
        var root = results.RootElement;
        var tests = root.GetProperty("tests").EnumerateArray().ToList();

        Assert.Equal(7.5m, root.GetProperty("score").GetDecimal());
        Assert.Equal(7.5m, tests.Sum(t => t.GetProperty("score").GetDecimal()));
        Assert.Equal(45m, tests.Sum(t => t.GetProperty("max_score").GetDecimal()));
        Assert.Equal(12.346m, root.GetProperty("execution_time").GetDecimal());
        Assert.Equal("md", root.GetProperty("output_format").GetString());
    }

    [Fact]
    public void A_SPOF_deduction_is_a_negative_test_so_the_tests_still_add_up_to_the_score()
    {
        using var results = JsonDocument.Parse(GradescopeResults.Render(GradeSamples.Mixed(spofDeduction: 1), Language.English));
        var root = results.RootElement;
        var tests = root.GetProperty("tests").EnumerateArray().ToList();

        Assert.Equal(6.5m, root.GetProperty("score").GetDecimal());
        Assert.Equal(6.5m, tests.Sum(t => t.GetProperty("score").GetDecimal()));
        var deduction = Assert.Single(tests, t => t.GetProperty("score").GetDecimal() < 0);
        Assert.Equal("HealthChecker · SPOF deduction", deduction.GetProperty("name").GetString());
        Assert.Contains(GradeSamples.SpofLink, deduction.GetProperty("output").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public void A_failed_steps_output_lists_its_failing_specs_with_their_messages()
    {
        using var results = JsonDocument.Parse(GradescopeResults.Render(GradeSamples.Mixed(), Language.English));
        var tests = results.RootElement.GetProperty("tests").EnumerateArray().ToList();

        var timeouts = tests[1].GetProperty("output").GetString()!;
        Assert.Contains("1 of 2 specs pass", timeouts, StringComparison.Ordinal);
        Assert.Contains("A redirect is healthy", timeouts, StringComparison.Ordinal);
        Assert.Contains("  Expected: Healthy\n  Actual:   Unhealthy", timeouts, StringComparison.Ordinal);
        Assert.DoesNotContain("A slow target times out", timeouts, StringComparison.Ordinal);

        var many = tests[2].GetProperty("output").GetString()!;
        Assert.Contains("the specs stopped after 30 s", many, StringComparison.Ordinal);
        Assert.Contains("did not see this spec finish", many, StringComparison.Ordinal);
        Assert.Contains("RoundRobin does not compile", tests[3].GetProperty("output").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public void The_top_output_has_the_compiler_lines_SPOF_feedback_ignored_files_and_the_sandbox_notice()
    {
        using var results = JsonDocument.Parse(GradescopeResults.Render(GradeSamples.Mixed(), Language.English));
        var output = results.RootElement.GetProperty("output").GetString()!;

        Assert.Contains("**Total: 7.5 / 45 points**", output, StringComparison.Ordinal);
        Assert.Contains(GradeSamples.CompilerLine, output, StringComparison.Ordinal);
        Assert.Contains($"[SPOF003]({GradeSamples.SpofLink})", output, StringComparison.Ordinal);
        Assert.Contains("`tests/HealthChecker.Specs/Step1_OneProbe.cs` (changed)", output, StringComparison.Ordinal);
        Assert.Contains("not sandboxed", output, StringComparison.Ordinal);
        Assert.Contains("Bo Park", output, StringComparison.Ordinal);
        Assert.DoesNotContain("not sandboxed", GradescopeResults.Render(GradeSamples.AllPassed(), Language.English), StringComparison.Ordinal);
    }

    [Fact]
    public void Korean_names_the_steps_in_Korean_and_keeps_the_spec_messages()
    {
        using var results = JsonDocument.Parse(GradescopeResults.Render(GradeSamples.Mixed(), Language.Korean));
        var second = results.RootElement.GetProperty("tests")[1];

        Assert.Equal("HealthChecker · 2단계: Timeouts", second.GetProperty("name").GetString());
        Assert.Contains("스펙 2개 중 1개 통과", second.GetProperty("output").GetString(), StringComparison.Ordinal);
        Assert.Contains("Expected: Healthy", second.GetProperty("output").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public void The_same_grade_gives_the_same_bytes_whatever_the_culture()
    {
        var first = GradescopeResults.Render(GradeSamples.Mixed(), Language.English);
        var before = CultureInfo.CurrentCulture;
        try
        {
            CultureInfo.CurrentCulture = CultureInfo.GetCultureInfo("de-DE");
            Assert.Equal(first, GradescopeResults.Render(GradeSamples.Mixed(), Language.English));
        }
        finally
        {
            CultureInfo.CurrentCulture = before;
        }

        Assert.Contains("\"score\": 7.5,", first, StringComparison.Ordinal);
        Assert.DoesNotContain("\r", first, StringComparison.Ordinal);
    }
}
