using Katas.Tool.Grading.Model;
using static Katas.Tool.Grading.Reports.ReportFormat;

namespace Katas.Tool.Grading.Reports;

/// <summary>
/// The report for a person (the student, the instructor, <c>$GITHUB_STEP_SUMMARY</c>): the total and
/// a table of the katas, then per kata and step the points and what failed and why, the compiler's
/// lines of a kata that does not compile, the SPOF warnings with their rule pages, the files the grader
/// ignored, the review flags, the authors and co-authors, and a notice when the run had no sandbox.
/// </summary>
internal static class MarkdownReport
{
    /// <summary>The report's Markdown text ("\n" line ends); the same grade gives the same text.</summary>
    public static string Render(SubmissionGrade grade, Cli.Language language)
    {
        var texts = GradingTexts.For(language);
        var md = new Markdown();
        md.Line($"# {Format(texts.ReportTitle, Markdown.Escape(grade.Name))}").Paragraph();
        md.Line($"**{Format(texts.Total, Points(grade.Score), Points(grade.MaxScore))}**");
        MarkdownFeedback.Sandbox(md, grade, texts);
        MarkdownFeedback.Problem(md, grade, texts);
        KataTable(md, grade, texts);

        foreach (var kata in grade.Katas)
        {
            md.Paragraph().Line($"## {Markdown.Escape(kata.Kata)} · {Format(texts.Points, Points(kata.Score), Points(kata.MaxScore))}");
            MarkdownFeedback.CompilerErrors(md, kata, texts);
            if (kata.Status == KataGradeStatus.Graded)
            {
                foreach (var step in kata.Steps)
                {
                    var mark = step.Passed ? "✅" : "❌";
                    md.Paragraph().Line($"### {mark} {Markdown.Escape(StepHeading(texts, step))} · {Format(texts.Points, Points(step.Points), Points(step.MaxPoints))}");
                    MarkdownFeedback.Step(md, kata, step, texts);
                }
            }
            else if (kata.Status == KataGradeStatus.Missing)
            {
                md.Paragraph().Line(Format(texts.KataMissing, kata.Kata));
            }

            MarkdownFeedback.Spof(md, kata, texts);
        }

        MarkdownFeedback.IgnoredFiles(md, grade, texts, "##");
        MarkdownFeedback.ReviewFlags(md, grade, texts, "##");
        MarkdownFeedback.Authors(md, grade, texts, "##");
        return md.ToString();
    }

    /// <summary>One row per kata: its points and, when it was not graded, why.</summary>
    internal static void KataTable(Markdown md, SubmissionGrade grade, GradingTexts texts)
    {
        if (grade.Katas.Count == 0)
        {
            return;
        }

        md.Paragraph().Line($"| {texts.KataColumn} | {texts.PointsColumn} | |").Line("|---|---:|---|");
        foreach (var kata in grade.Katas)
        {
            var note = kata.Status switch
            {
                KataGradeStatus.NotCompiling => texts.KataNotCompilingShort,
                KataGradeStatus.Missing => texts.KataMissingShort,
                _ => string.Join(" ", kata.Steps.Select(s => s.Passed ? "✅" : "❌")),
            };
            md.Line($"| {Markdown.Escape(kata.Kata)} | {Format(texts.Points, Points(kata.Score), Points(kata.MaxScore))} | {note} |");
        }
    }
}
