using System.Text.Json;
using Katas.Tool.Grading.Model;
using static Katas.Tool.Grading.Reports.ReportFormat;

namespace Katas.Tool.Grading.Reports;

/// <summary>
/// Gradescope's <c>results.json</c> (what <c>run_autograder</c> writes to
/// <c>/autograder/results/results.json</c>): the total as <c>score</c> (it overrides the sum of the
/// tests), the run's seconds, a Markdown summary as <c>output</c> (totals, compiler lines, SPOF
/// warnings, ignored files, review flags, authors, the sandbox notice), and one test per step with its
/// points, status and the failing specs' messages in Markdown, tagged with the kata and the step.
/// A kata whose SPOF deduction took points gets one more test with the negative points, so that the
/// tests still add up to the score.
/// </summary>
internal static class GradescopeResults
{
    /// <summary>The results.json text, UTF-8 without BOM when written; the same grade gives the same text.</summary>
    public static string Render(SubmissionGrade grade, Cli.Language language)
    {
        var texts = GradingTexts.For(language);
        return Json(json =>
        {
            json.WriteStartObject();
            json.WriteNumber("score", Exact(grade.Score));
            json.WriteNumber("execution_time", Seconds(grade.Elapsed));
            json.WriteString("output", Summary(grade, texts));
            json.WriteString("output_format", "md");
            json.WriteStartArray("tests");
            foreach (var kata in grade.Katas)
            {
                foreach (var step in kata.Steps)
                {
                    WriteStep(json, grade, kata, step, texts);
                }

                WriteDeduction(json, kata, texts);
            }

            json.WriteEndArray();
            json.WriteEndObject();
        });
    }

    private static void WriteStep(Utf8JsonWriter json, SubmissionGrade grade, KataGrade kata, StepGrade step, GradingTexts texts)
    {
        var output = new Markdown();
        MarkdownFeedback.Step(output, kata, step, texts);

        json.WriteStartObject();
        json.WriteString("name", StepName(texts, kata, step));
        json.WriteString("number", StepNumber(grade, kata, step));
        json.WriteNumber("score", Exact(step.Points));
        json.WriteNumber("max_score", Exact(step.MaxPoints));
        json.WriteString("status", Passed(kata, step) ? "passed" : "failed");
        json.WriteString("output", output.ToString());
        json.WriteString("output_format", "md");
        WriteTags(json, kata.Kata, $"step-{step.Number}");
        json.WriteString("visibility", "visible");
        json.WriteEndObject();
    }

    private static void WriteDeduction(Utf8JsonWriter json, KataGrade kata, GradingTexts texts)
    {
        var deducted = Deducted(kata);
        if (deducted <= 0)
        {
            return;
        }

        var output = new Markdown();
        MarkdownFeedback.Spof(output, kata, texts);

        json.WriteStartObject();
        json.WriteString("name", Format(texts.SpofDeductionTest, kata.Kata));
        json.WriteNumber("score", Exact(-deducted));
        json.WriteNumber("max_score", 0);
        json.WriteString("status", "failed");
        json.WriteString("output", output.ToString());
        json.WriteString("output_format", "md");
        WriteTags(json, kata.Kata, "spof");
        json.WriteString("visibility", "visible");
        json.WriteEndObject();
    }

    private static void WriteTags(Utf8JsonWriter json, params string[] tags)
    {
        json.WriteStartArray("tags");
        foreach (var tag in tags)
        {
            json.WriteStringValue(tag);
        }

        json.WriteEndArray();
    }

    private static bool Passed(KataGrade kata, StepGrade step) =>
        kata.Status == KataGradeStatus.Graded && step.Passed;

    /// <summary>The top output: what is not in the tests (they carry each step's details).</summary>
    private static string Summary(SubmissionGrade grade, GradingTexts texts)
    {
        var md = new Markdown();
        md.Line($"## {Format(texts.ReportTitle, Markdown.Escape(grade.Name))}").Paragraph();
        md.Line($"**{Format(texts.Total, Points(grade.Score), Points(grade.MaxScore))}**");
        MarkdownFeedback.Sandbox(md, grade, texts);
        MarkdownFeedback.Problem(md, grade, texts);
        MarkdownReport.KataTable(md, grade, texts);
        foreach (var kata in grade.Katas)
        {
            MarkdownFeedback.CompilerErrors(md, kata, texts);
            MarkdownFeedback.Spof(md, kata, texts);
        }

        MarkdownFeedback.IgnoredFiles(md, grade, texts, "###");
        MarkdownFeedback.ReviewFlags(md, grade, texts, "###");
        MarkdownFeedback.Authors(md, grade, texts, "###");
        return md.ToString();
    }
}
