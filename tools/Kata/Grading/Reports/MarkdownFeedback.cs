using Katas.Tool.Grading.Model;
using static Katas.Tool.Grading.Reports.ReportFormat;

namespace Katas.Tool.Grading.Reports;

/// <summary>
/// The Markdown blocks that more than one report shows (the Markdown report, Gradescope's output): a
/// step's failing specs, a kata's compiler lines and SPOF warnings, the ignored files, the review flags,
/// the authors and the sandbox notice. Each block writes nothing when it has nothing to say.
/// </summary>
internal static class MarkdownFeedback
{
    /// <summary>The notice every report carries when the student's code ran outside a sandbox.</summary>
    public static void Sandbox(Markdown md, SubmissionGrade grade, GradingTexts texts)
    {
        if (!grade.Sandboxed)
        {
            md.Paragraph().Line("> ⚠️ " + texts.NotSandboxed);
        }
    }

    public static void Problem(Markdown md, SubmissionGrade grade, GradingTexts texts)
    {
        if (grade.Problem is not null)
        {
            md.Paragraph().Line("> ❗ " + Format(texts.SubmissionProblem, Markdown.Escape(grade.Problem)));
        }
    }

    /// <summary>What a step's points mean: all passed, or which specs failed and why, or why none ran.</summary>
    public static void Step(Markdown md, KataGrade kata, StepGrade step, GradingTexts texts)
    {
        md.Paragraph();
        if (kata.Status == KataGradeStatus.NotCompiling)
        {
            md.Line(Format(texts.StepNotCompiled, kata.Kata));
            return;
        }

        if (kata.Status == KataGradeStatus.Missing)
        {
            md.Line(Format(texts.KataMissing, kata.Kata));
            return;
        }

        if (step.Problem is not null)
        {
            md.Line("⚠️ " + Format(texts.StepProblem, Markdown.Escape(step.Problem))).Paragraph();
        }

        if (step.Specs.Count == 0)
        {
            md.Line(texts.NoSpecsRan);
        }
        else if (step.Passed)
        {
            md.Line(Format(texts.AllSpecsPass, step.Specs.Count));
        }
        else
        {
            md.Line(Format(texts.SomeSpecsPass, step.PassedCount, step.Specs.Count)).Paragraph();
            foreach (var spec in step.Specs.Where(s => s.Verdict != SpecVerdict.Passed))
            {
                md.Line("- ❌ " + Markdown.Escape(spec.DisplayName));
                if (spec.Verdict == SpecVerdict.NotSeen)
                {
                    md.Line("  " + texts.NotSeen);
                }
                else if (!string.IsNullOrWhiteSpace(spec.Message))
                {
                    md.Fenced(Clip(spec.Message, texts), "  ");
                }
            }
        }
    }

    /// <summary>The compiler's lines of a kata that does not compile, as the compiler wrote them.</summary>
    public static void CompilerErrors(Markdown md, KataGrade kata, GradingTexts texts)
    {
        if (kata.Status != KataGradeStatus.NotCompiling)
        {
            return;
        }

        md.Paragraph().Line(Format(texts.CompilerLines, kata.Kata)).Paragraph();
        md.Fenced(Clip(string.Join("\n", kata.CompilerErrors), texts, 50));
    }

    /// <summary>A kata's SPOF warnings, each with its rule page, and the points they took if any.</summary>
    public static void Spof(Markdown md, KataGrade kata, GradingTexts texts)
    {
        if (kata.SpofFindings.Count > 0)
        {
            md.Paragraph().Line(Format(texts.SpofFeedback, kata.Kata)).Paragraph();
            foreach (var finding in kata.SpofFindings)
            {
                md.Line($"- {Markdown.Link(finding.Rule, finding.HelpLink)} {Markdown.Code($"{finding.File}:{finding.Line}")}: {Markdown.Escape(finding.Message)}");
            }
        }

        var deducted = Deducted(kata);
        if (deducted > 0)
        {
            md.Paragraph().Line(Format(texts.SpofDeduction, Points(deducted), kata.Kata));
        }
    }

    public static void IgnoredFiles(Markdown md, SubmissionGrade grade, GradingTexts texts, string heading)
    {
        if (grade.IgnoredFiles.Count == 0)
        {
            return;
        }

        md.Paragraph().Line($"{heading} {texts.IgnoredFiles}").Paragraph().Line(texts.IgnoredFilesNote).Paragraph();
        foreach (var file in grade.IgnoredFiles)
        {
            var reason = file.Reason is null ? "" : ": " + Markdown.Escape(file.Reason);
            md.Line($"- {Markdown.Code(file.Path)} ({ChangeName(texts, file.Change)}){reason}");
        }
    }

    public static void ReviewFlags(Markdown md, SubmissionGrade grade, GradingTexts texts, string heading)
    {
        if (grade.ReviewFlags.Count == 0)
        {
            return;
        }

        md.Paragraph().Line($"{heading} {texts.ReviewFlags}").Paragraph().Line(texts.ReviewFlagsNote).Paragraph();
        foreach (var flag in grade.ReviewFlags)
        {
            md.Line($"- {Markdown.Escape(flag.Kata)} {Markdown.Code($"{flag.File}:{flag.Line}")} {Markdown.Code(flag.Api)}: {Markdown.Escape(flag.Reason)}");
        }
    }

    public static void Authors(Markdown md, SubmissionGrade grade, GradingTexts texts, string heading)
    {
        if (grade.Authors.Count == 0)
        {
            return;
        }

        md.Paragraph().Line($"{heading} {texts.Authors}").Paragraph();
        foreach (var person in grade.Authors)
        {
            md.Line("- " + Markdown.Escape(person.ToString()));
        }
    }
}
