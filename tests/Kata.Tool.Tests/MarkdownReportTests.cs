using Katas.Tool.Cli;
using Katas.Tool.Grading.Reports;

namespace Katas.Tool.Tests;

public sealed class MarkdownReportTests
{
    [Fact]
    public void Each_step_shows_its_points_and_the_failing_specs_with_their_messages()
    {
        var report = MarkdownReport.Render(GradeSamples.Mixed(), Language.English);

        Assert.Contains("**Total: 7.5 / 45 points**", report, StringComparison.Ordinal);
        Assert.Contains("### ✅ Step 1: One HTTP probe · 5 / 5", report, StringComparison.Ordinal);
        Assert.Contains("### ❌ Step 2: Timeouts · 2.5 / 5", report, StringComparison.Ordinal);
        Assert.Contains("- ❌ A redirect is healthy\n  ```\n  Assert.Equal() Failure: Values differ\n", report, StringComparison.Ordinal);
        Assert.Contains("the specs stopped after 30 s", report, StringComparison.Ordinal);
        Assert.Contains("| Scaler | 0 / 5 | not submitted |", report, StringComparison.Ordinal);
    }

    [Fact]
    public void A_kata_that_does_not_compile_shows_the_compilers_lines()
    {
        var report = MarkdownReport.Render(GradeSamples.Mixed(), Language.English);

        Assert.Contains("RoundRobin does not compile. The compiler's lines:\n\n```\n" + GradeSamples.CompilerLine + "\n```", report, StringComparison.Ordinal);
        Assert.DoesNotContain("Step 1: Rotate", report, StringComparison.Ordinal);
    }

    [Fact]
    public void SPOF_feedback_ignored_files_review_flags_authors_and_the_sandbox_notice_are_shown()
    {
        var report = MarkdownReport.Render(GradeSamples.Mixed(), Language.English);

        Assert.Contains($"- [SPOF003]({GradeSamples.SpofLink}) `katas/HealthChecker/HealthChecker.cs:42`: HttpClient created per call", report, StringComparison.Ordinal);
        Assert.Contains("- `katas/HealthChecker/link.cs` (refused): a link out of the submission", report, StringComparison.Ordinal);
        Assert.Contains("`System.Diagnostics.Process.Start`: starts a process", report, StringComparison.Ordinal);
        Assert.Contains("- Bo Park \\<bo@example.org\\>", report, StringComparison.Ordinal);
        Assert.Contains("This run was not sandboxed", report, StringComparison.Ordinal);
    }

    [Fact]
    public void A_clean_submission_has_no_empty_sections()
    {
        var report = MarkdownReport.Render(GradeSamples.AllPassed(), Language.English);

        Assert.DoesNotContain("sandboxed", report, StringComparison.Ordinal);
        Assert.DoesNotContain("Files the grader did not use", report, StringComparison.Ordinal);
        Assert.DoesNotContain("Marked for review", report, StringComparison.Ordinal);
        Assert.DoesNotContain("\n\n\n", report, StringComparison.Ordinal);
    }

    [Fact]
    public void Korean_reports_speak_Korean_around_the_same_messages()
    {
        var report = MarkdownReport.Render(GradeSamples.Mixed(), Language.Korean);

        Assert.Contains("# alice-katas 채점 결과", report, StringComparison.Ordinal);
        Assert.Contains("### ❌ 2단계: Timeouts · 2.5 / 5", report, StringComparison.Ordinal);
        Assert.Contains("샌드박스 없이", report, StringComparison.Ordinal);
        Assert.Contains(GradeSamples.CompilerLine, report, StringComparison.Ordinal);
        Assert.Contains("Expected: Healthy", report, StringComparison.Ordinal);
    }

    [Fact]
    public void Markdown_characters_in_names_are_quoted_and_long_messages_are_cut()
    {
        var grade = GradeSamples.AllPassed("a_b*c");
        var longMessage = string.Join("\n", Enumerable.Range(1, 100).Select(i => $"line {i} ```"));
        var kata = grade.Katas[0];
        var step = kata.Steps[0] with { Specs = [new("X", "Spec", Katas.Tool.Grading.Model.SpecVerdict.Failed, longMessage)] };
        grade = grade with { Katas = [kata with { Steps = [step] }] };

        var report = MarkdownReport.Render(grade, Language.English);

        Assert.Contains("# Grade of a\\_b\\*c", report, StringComparison.Ordinal);
        Assert.Contains("  ````\n  line 1 ```", report, StringComparison.Ordinal);
        Assert.Contains("line 30 ```\n  ... (70 more lines)\n  ````", report, StringComparison.Ordinal);
        Assert.DoesNotContain("line 31 ", report, StringComparison.Ordinal);
    }
}
