using System.Text.RegularExpressions;
using Katas.Tool.Cli;
using Katas.Tool.Grading.Model;
using Katas.Tool.Grading.Reports;

namespace Katas.Tool.Tests;

public sealed class ClassSummaryTests
{
    [Fact]
    public void The_CSV_has_a_row_per_student_by_name_and_a_column_per_kata_step()
    {
        var lines = ClassSummaryCsv.Render(GradeSamples.Class()).Split("\r\n");

        Assert.Equal(
            "student,authors,HealthChecker/1,HealthChecker/2,HealthChecker/3,RoundRobin/1,RoundRobin/2,Scaler/1,total,max_score,needs_review",
            lines[0]);
        Assert.Equal("alice-katas,Alice Kim <alice@example.org>; Bo Park <bo@example.org>,5,2.5,0,0,0,0,7.5,45,true", lines[1]);
        Assert.Equal("bo-katas,Bo Park,5,5,,,,,10,10,false", lines[2]);
        Assert.Equal("chan-katas,Chan Lee <chan@example.org>,5,0,0,10,10,0,25,45,false", lines[3]);
        Assert.Equal("dana-katas,,,,,,,,0,0,false", lines[4]);
        Assert.Equal("", lines[5]);
    }

    [Fact]
    public void CSV_fields_are_quoted_and_a_name_never_becomes_a_formula()
    {
        var grade = GradeSamples.AllPassed("=HYPERLINK(\"x\")") with { Authors = [new Person("Kim, \"Ace\"", null)] };

        var row = ClassSummaryCsv.Render([grade]).Split("\r\n")[1];

        Assert.StartsWith("\"'=HYPERLINK(\"\"x\"\")\",\"Kim, \"\"Ace\"\"\",5,5,", row, StringComparison.Ordinal);
    }

    [Fact]
    public void The_order_the_submissions_were_graded_in_changes_nothing()
    {
        var grades = GradeSamples.Class();
        var reversed = grades.Reverse().ToList();

        Assert.Equal(ClassSummaryCsv.Render(grades), ClassSummaryCsv.Render(reversed));
        Assert.Equal(ClassSummaryHtml.Render(grades, Language.English), ClassSummaryHtml.Render(reversed, Language.English));
    }

    [Fact]
    public void Per_step_the_share_past_it_and_the_most_common_failing_spec_with_its_message()
    {
        var statistics = ClassStatistics.From(GradeSamples.Class(), GradingTexts.English);

        Assert.Equal([3, 1, 0, 1, 1, 0], statistics.StepStatistics.Select(s => s.Past));
        Assert.Equal([0, 2, 0, 1, 0, 2], statistics.StepStatistics.Select(s => s.StoppedHere));
        Assert.All(statistics.StepStatistics, s => Assert.Equal(4, s.Total));
        Assert.Null(statistics.StepStatistics[0].MostCommon);

        var timeouts = statistics.StepStatistics[1];
        Assert.Equal("A redirect is healthy", timeouts.MostCommon!.Label);
        Assert.Equal(GradeSamples.FailingMessage, timeouts.MostCommon.Message);
        Assert.Equal(2, timeouts.Students);

        // Two specs stop two students each in step 3: the one seen failing says more than the one not seen.
        Assert.Equal("Targets are probed in parallel", statistics.StepStatistics[2].MostCommon!.Label);
        Assert.Equal(GradeSamples.CompilerLine, statistics.StepStatistics[3].MostCommon!.Message);
    }

    [Fact]
    public void SPOF_rules_are_ranked_by_the_students_who_hit_them()
    {
        var statistics = ClassStatistics.From(GradeSamples.Class(), GradingTexts.English);

        Assert.Equal(
            [("SPOF003", 2, 2), ("SPOF001", 1, 1)],
            statistics.SpofRules.Select(r => (r.Rule, r.Students, r.Findings)));
    }

    [Fact]
    public void The_page_shows_where_the_class_is_stuck_the_SPOF_rules_and_the_review_list()
    {
        var html = ClassSummaryHtml.Render(GradeSamples.Class(), Language.English);

        var stuck = Regex.Match(html, "<table class=\"stuck\">.*?</table>", RegexOptions.Singleline).Value;
        Assert.Equal(6, Regex.Count(stuck, "<tr><td>"));
        Assert.Contains("<td>HealthChecker</td><td>Step 2: Timeouts</td>", stuck, StringComparison.Ordinal);
        Assert.Contains("1 / 4 (25%)</td><td class=\"num\" style=\"background:rgba(207,34,46,0.45)\">2</td><td><strong>A redirect is healthy</strong> <span class=\"count\">2 students</span><pre>Assert.Equal() Failure: Values differ\nExpected: Healthy\nActual:   Unhealthy</pre>", stuck, StringComparison.Ordinal);
        Assert.Contains("(75%)</td><td class=\"num\">0</td><td class=\"note\">The other submissions have no grade for this step", stuck, StringComparison.Ordinal);
        var withoutDana = ClassSummaryHtml.Render(GradeSamples.Class().Where(g => g.Problem is null), Language.English);
        Assert.Contains("(100%)</td><td class=\"num\">0</td><td class=\"ok\">Everyone passes this step.</td>", withoutDana, StringComparison.Ordinal);
        Assert.Contains($"<a href=\"{GradeSamples.SpofLink}\">SPOF003</a></td><td class=\"num\">2 / 4</td>", html, StringComparison.Ordinal);
        Assert.Contains("<td>alice-katas</td><td>HealthChecker</td><td><code>katas/HealthChecker/HealthChecker.cs:7</code></td>", html, StringComparison.Ordinal);
        Assert.Contains("Graded without a sandbox: 1 of 4 submissions.", html, StringComparison.Ordinal);
    }

    [Fact]
    public void The_page_is_self_contained_and_quotes_what_students_wrote()
    {
        var grade = GradeSamples.AllPassed("<script>alert(1)</script>");

        var html = ClassSummaryHtml.Render([.. GradeSamples.Class(), grade], Language.English);

        Assert.DoesNotContain("<script", html, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("<link", html, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain(" src=", html, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("@import", html, StringComparison.Ordinal);
        Assert.Contains("&lt;script&gt;alert(1)&lt;/script&gt;", html, StringComparison.Ordinal);
    }

    [Fact]
    public void The_Korean_page_speaks_Korean()
    {
        var html = ClassSummaryHtml.Render(GradeSamples.Class(), Language.Korean);

        Assert.Contains("<html lang=\"ko\">", html, StringComparison.Ordinal);
        Assert.Contains("학생들이 막힌 곳", html, StringComparison.Ordinal);
        Assert.Contains("<td>HealthChecker</td><td>2단계: Timeouts</td>", html, StringComparison.Ordinal);
        Assert.Contains("2명", html, StringComparison.Ordinal);
    }

    [Fact]
    public void An_empty_class_gives_a_header_and_an_empty_page()
    {
        Assert.Equal("student,authors,total,max_score,needs_review\r\n", ClassSummaryCsv.Render([]));

        var html = ClassSummaryHtml.Render([], Language.English);

        Assert.Contains("Submissions: 0 · average 0 / 0 points", html, StringComparison.Ordinal);
        Assert.EndsWith("</html>\n", html, StringComparison.Ordinal);
    }
}
