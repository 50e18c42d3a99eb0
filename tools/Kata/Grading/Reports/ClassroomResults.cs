using System.Text;
using System.Text.Json;
using Katas.Tool.Grading.Model;
using static Katas.Tool.Grading.Reports.ReportFormat;

namespace Katas.Tool.Grading.Reports;

/// <summary>
/// The GitHub Classroom autograding result: the JSON a command grader step gives as its <c>result</c>
/// output (base64-encoded by the workflow) and <c>classroom-resources/autograding-grading-reporter</c>
/// reads: <c>{version: 1, status, max_score, tests: [{name, status, score, message, test_code,
/// filename, line_no, duration}]}</c>, one test per step. The reporter adds up the tests' scores for
/// "Points X/Y", so a kata whose SPOF deduction took points gets one more test with the negative points.
/// A step's <c>test_code</c> is the student loop's command that shows the step; <c>filename</c>,
/// <c>line_no</c> and <c>duration</c> (milliseconds) are empty, 0 and 0: a step has no single line,
/// and its time is not measured alone.
/// </summary>
internal static class ClassroomResults
{
    /// <summary>The result JSON; the same grade gives the same text.</summary>
    public static string Render(SubmissionGrade grade, Cli.Language language)
    {
        var texts = GradingTexts.For(language);
        return Json(json =>
        {
            json.WriteStartObject();
            json.WriteNumber("version", 1);
            json.WriteString("status", Status(grade));
            json.WriteNumber("max_score", Exact(grade.MaxScore));
            json.WriteStartArray("tests");
            foreach (var kata in grade.Katas)
            {
                foreach (var step in kata.Steps)
                {
                    WriteTest(json, StepName(texts, kata, step), StepStatus(kata, step), step.Points, StepMessage(kata, step, texts), $"./kata {kata.Kata}/{step.Slug}");
                }

                var deducted = Deducted(kata);
                if (deducted > 0)
                {
                    WriteTest(json, Format(texts.SpofDeductionTest, kata.Kata), "fail", -deducted, Format(texts.SpofDeduction, Points(deducted), kata.Kata), "");
                }
            }

            json.WriteEndArray();
            json.WriteEndObject();
        });
    }

    /// <summary>The line the reporter shows Classroom: <c>Points 7.5/45</c>.</summary>
    public static string PointsLine(SubmissionGrade grade) => $"Points {Points(grade.Score)}/{Points(grade.MaxScore)}";

    /// <summary>error: the submission could not be graded at all; pass: every step of every kata passes.</summary>
    private static string Status(SubmissionGrade grade) =>
        grade.Problem is not null ? "error"
        : grade.Katas.Count > 0 && grade.Katas.All(k => k.Steps.All(s => StepStatus(k, s) == "pass")) && grade.Score == grade.MaxScore ? "pass"
        : "fail";

    /// <summary>error: the step could not run (its kata does not compile, or the run stopped early).</summary>
    private static string StepStatus(KataGrade kata, StepGrade step) =>
        kata.Status == KataGradeStatus.NotCompiling || step.Problem is not null ? "error"
        : kata.Status == KataGradeStatus.Graded && step.Passed ? "pass"
        : "fail";

    private static void WriteTest(Utf8JsonWriter json, string name, string status, decimal score, string message, string testCode)
    {
        json.WriteStartObject();
        json.WriteString("name", name);
        json.WriteString("status", status);
        json.WriteNumber("score", Exact(score));
        json.WriteString("message", message);
        json.WriteString("test_code", testCode);
        json.WriteString("filename", "");
        json.WriteNumber("line_no", 0);
        json.WriteNumber("duration", 0);
        json.WriteEndObject();
    }

    /// <summary>Plain text (the reporter prints it to the Actions log): why the step lost points.</summary>
    private static string StepMessage(KataGrade kata, StepGrade step, GradingTexts texts)
    {
        switch (kata.Status)
        {
            case KataGradeStatus.NotCompiling:
                return Format(texts.CompilerLinesShort, kata.Kata, Clip(string.Join("\n", kata.CompilerErrors), texts, 10));
            case KataGradeStatus.Missing:
                return Format(texts.KataMissing, kata.Kata);
        }

        var message = new StringBuilder();
        if (step.Problem is not null)
        {
            message.Append(Format(texts.StepProblem, step.Problem)).Append('\n');
        }

        if (step.Specs.Count == 0)
        {
            return message.Append(texts.NoSpecsRan).ToString();
        }

        if (step.Passed)
        {
            return message.Append(Format(texts.AllSpecsPass, step.Specs.Count)).ToString();
        }

        message.Append(Format(texts.SomeSpecsPass, step.PassedCount, step.Specs.Count));
        foreach (var spec in step.Specs.Where(s => s.Verdict != SpecVerdict.Passed))
        {
            var why = spec.Verdict == SpecVerdict.NotSeen ? texts.NotSeen : Clip(spec.Message ?? "", texts, 10);
            message.Append("\n- ").Append(spec.DisplayName).Append(": ").Append(why.Replace("\n", "\n  "));
        }

        return message.ToString();
    }
}
