using System.Text;
using Katas.Tool.Grading.Model;
using static Katas.Tool.Grading.Reports.ReportFormat;

namespace Katas.Tool.Grading.Reports;

/// <summary>
/// The class summary an instructor opens in a browser: one self-contained HTML page (its CSS inline,
/// no script, nothing fetched, so it works offline and from an e-mail attachment). First where the
/// class is stuck (per step the share of students past it and the spec that stops most of the others,
/// with its message), then the SPOF rules most often hit, the submissions marked for review, and the
/// grade table with a column per kata's step.
/// </summary>
internal static class ClassSummaryHtml
{
    /// <summary>The page's text ("\n" line ends); the same grades, in any order, give the same text.</summary>
    public static string Render(IEnumerable<SubmissionGrade> grades, Cli.Language language)
    {
        var texts = GradingTexts.For(language);
        var statistics = ClassStatistics.From(grades, texts);
        var html = new StringBuilder();
        html.Append($"""
            <!DOCTYPE html>
            <html lang="{texts.Code}">
            <head>
            <meta charset="utf-8">
            <meta name="viewport" content="width=device-width, initial-scale=1">
            <title>{E(texts.ClassTitle)}</title>
            <style>{Style}</style>
            </head>
            <body>
            <h1>{E(texts.ClassTitle)}</h1>

            """);
        Overview(html, statistics, texts);
        Stuck(html, statistics, texts);
        SpofRules(html, statistics, texts);
        Review(html, statistics, texts);
        GradeTable(html, statistics, texts);
        html.Append("</body>\n</html>\n");
        return html.ToString().ReplaceLineEndings("\n");
    }

    private static void Overview(StringBuilder html, ClassStatistics statistics, GradingTexts texts)
    {
        var submissions = statistics.Submissions;
        var average = submissions.Count == 0 ? 0 : submissions.Average(s => s.Score);
        var max = submissions.Count == 0 ? 0 : submissions.Max(s => s.MaxScore);
        html.Append($"<p class=\"lead\">{E(Format(texts.ClassCount, submissions.Count, Points(average), Points(max)))}</p>\n");
        var unsandboxed = submissions.Count(s => !s.Sandboxed);
        if (unsandboxed > 0)
        {
            html.Append($"<p class=\"warn\">⚠️ {E(Format(texts.ClassNotSandboxed, unsandboxed, submissions.Count))}</p>\n");
        }
    }

    private static void Stuck(StringBuilder html, ClassStatistics statistics, GradingTexts texts)
    {
        html.Append($"<h2 id=\"stuck\">{E(texts.WhereStuck)}</h2>\n<p class=\"note\">{E(texts.WhereStuckNote)}</p>\n");
        html.Append($"<table class=\"stuck\">\n<thead><tr><th>{E(texts.KataColumn)}</th><th>{E(texts.StepColumn)}</th><th>{E(texts.PastStep)}</th><th>{E(texts.StoppedHere)}</th><th>{E(texts.MostCommonFailure)}</th></tr></thead>\n<tbody>\n");
        var mostStopped = statistics.StepStatistics.Select(s => s.StoppedHere).DefaultIfEmpty(0).Max();
        foreach (var step in statistics.StepStatistics)
        {
            var percent = Percent(step.Past, step.Total);
            html.Append("<tr>");
            html.Append($"<td>{E(step.Step.Kata)}</td>");
            html.Append($"<td>{E(Format(texts.StepHeading, step.Step.Number, step.Step.Title))}</td>");
            html.Append($"<td class=\"past\"><div class=\"bar\"><span style=\"width:{percent}\"></span></div>{step.Past} / {step.Total} ({percent})</td>");
            html.Append($"<td class=\"num\"{Heat(step.StoppedHere, mostStopped)}>{step.StoppedHere}</td>");
            if (step.MostCommon is { } reason)
            {
                html.Append($"<td><strong>{E(reason.Label)}</strong> <span class=\"count\">{E(step.Students == 1 ? texts.OneStudent : Format(texts.Students, step.Students))}</span>");
                if (!string.IsNullOrWhiteSpace(reason.Message))
                {
                    html.Append($"<pre>{E(Clip(reason.Message, texts, 8))}</pre>");
                }

                html.Append("</td>");
            }
            else if (step.Past == step.Total)
            {
                html.Append($"<td class=\"ok\">{E(texts.NoFailure)}</td>");
            }
            else
            {
                html.Append($"<td class=\"note\">{E(texts.NotGradedRest)}</td>");
            }

            html.Append("</tr>\n");
        }

        html.Append("</tbody>\n</table>\n");
    }

    /// <summary>A red background as strong as the share of the most students stopped at one step: the eye finds the worst steps first.</summary>
    private static string Heat(int stopped, int most) =>
        stopped == 0 || most == 0 ? "" : $" style=\"background:rgba(207,34,46,{(0.45m * stopped / most).ToString("0.##", System.Globalization.CultureInfo.InvariantCulture)})\"";

    private static void SpofRules(StringBuilder html, ClassStatistics statistics, GradingTexts texts)
    {
        html.Append($"<h2 id=\"spof\">{E(texts.SpofRules)}</h2>\n");
        if (statistics.SpofRules.Count == 0)
        {
            html.Append($"<p class=\"note\">{E(texts.NoSpofFindings)}</p>\n");
            return;
        }

        html.Append($"<table>\n<thead><tr><th>{E(texts.Rule)}</th><th>{E(texts.StudentsColumn)}</th><th>{E(texts.Findings)}</th></tr></thead>\n<tbody>\n");
        foreach (var rule in statistics.SpofRules)
        {
            html.Append($"<tr><td><a href=\"{E(rule.HelpLink)}\">{E(rule.Rule)}</a></td><td class=\"num\">{rule.Students} / {statistics.Submissions.Count}</td><td class=\"num\">{rule.Findings}</td></tr>\n");
        }

        html.Append("</tbody>\n</table>\n");
    }

    private static void Review(StringBuilder html, ClassStatistics statistics, GradingTexts texts)
    {
        html.Append($"<h2 id=\"review\">{E(texts.ReviewList)}</h2>\n");
        var flagged = statistics.Submissions.Where(s => s.NeedsReview).ToList();
        if (flagged.Count == 0)
        {
            html.Append($"<p class=\"note\">{E(texts.NoReview)}</p>\n");
            return;
        }

        html.Append($"<table>\n<thead><tr><th>{E(texts.Student)}</th><th>{E(texts.KataColumn)}</th><th>{E(texts.Where)}</th><th>API</th><th>{E(texts.Why)}</th></tr></thead>\n<tbody>\n");
        foreach (var submission in flagged)
        {
            foreach (var flag in submission.ReviewFlags)
            {
                html.Append($"<tr><td>{E(submission.Name)}</td><td>{E(flag.Kata)}</td><td><code>{E(flag.File)}:{flag.Line}</code></td><td><code>{E(flag.Api)}</code></td><td>{E(flag.Reason)}</td></tr>\n");
            }
        }

        html.Append("</tbody>\n</table>\n");
    }

    private static void GradeTable(StringBuilder html, ClassStatistics statistics, GradingTexts texts)
    {
        html.Append($"<h2 id=\"grades\">{E(texts.GradeTable)}</h2>\n<div class=\"scroll\">\n<table class=\"grades\">\n<thead>\n<tr><th rowspan=\"2\">{E(texts.Student)}</th>");
        foreach (var kata in statistics.Steps.GroupBy(s => s.Kata))
        {
            html.Append($"<th colspan=\"{kata.Count()}\" class=\"kata\">{E(kata.Key)}</th>");
        }

        html.Append($"<th rowspan=\"2\">{E(texts.PointsColumn)}</th><th rowspan=\"2\">{E(texts.NeedsReview)}</th></tr>\n<tr>");
        foreach (var step in statistics.Steps)
        {
            html.Append($"<th title=\"{E(step.Title)}\">{step.Number}</th>");
        }

        html.Append("</tr>\n</thead>\n<tbody>\n");
        foreach (var submission in statistics.Submissions)
        {
            html.Append($"<tr><td class=\"student\">{E(submission.Name)}");
            if (submission.Authors.Count > 0)
            {
                html.Append($"<div class=\"authors\">{E(string.Join(", ", submission.Authors.Select(a => a.Name)))}</div>");
            }

            if (submission.Problem is not null)
            {
                html.Append($"<div class=\"problem\">{E(submission.Problem)}</div>");
            }

            html.Append("</td>");
            foreach (var step in statistics.Steps)
            {
                html.Append(Cell(ClassStatistics.Find(submission, step), texts));
            }

            html.Append($"<td class=\"num total\">{Points(submission.Score)} / {Points(submission.MaxScore)}</td>");
            html.Append(submission.NeedsReview ? $"<td class=\"flag\">{E(texts.Yes)}</td>" : "<td></td>");
            html.Append("</tr>\n");
        }

        html.Append("</tbody>\n</table>\n</div>\n");
    }

    private static string Cell((KataGrade Kata, StepGrade Step)? found, GradingTexts texts)
    {
        if (found is not var (kata, step))
        {
            return "<td class=\"none\">–</td>";
        }

        var note = kata.Status switch
        {
            KataGradeStatus.NotCompiling => texts.KataNotCompilingShort,
            KataGradeStatus.Missing => texts.KataMissingShort,
            _ => Format(texts.Points, Points(step.Points), Points(step.MaxPoints)),
        };
        var kind = ClassStatistics.IsPast(kata, step) ? "full"
            : kata.Status == KataGradeStatus.NotCompiling ? "broken"
            : step.Points > 0 ? "part"
            : "zero";
        return $"<td class=\"num {kind}\" title=\"{E(note)}\">{Points(step.Points)}</td>";
    }

    /// <summary>Text as HTML shows it (also inside attribute values).</summary>
    private static string E(string text) => text
        .Replace("&", "&amp;").Replace("<", "&lt;").Replace(">", "&gt;").Replace("\"", "&quot;").Replace("'", "&#39;");

    private const string Style = """

        body { font: 15px/1.45 system-ui, -apple-system, "Segoe UI", "Noto Sans KR", "Apple SD Gothic Neo", "Malgun Gothic", "NanumGothic", sans-serif; margin: 2rem auto; max-width: 1200px; padding: 0 1rem; color: #1f2328; }
        h1 { margin-bottom: .25rem; }
        h2 { margin-top: 2rem; border-bottom: 1px solid #d0d7de; padding-bottom: .25rem; }
        .lead { font-size: 1.1rem; margin-top: 0; }
        .note { color: #57606a; }
        .warn { background: #fff8c5; border: 1px solid #d4a72c; padding: .5rem .75rem; border-radius: 6px; }
        table { border-collapse: collapse; margin: .5rem 0; }
        th, td { border: 1px solid #d0d7de; padding: .3rem .5rem; text-align: left; vertical-align: top; }
        th { background: #f6f8fa; }
        td.num { text-align: right; font-variant-numeric: tabular-nums; }
        .stuck { width: 100%; }
        .stuck td.past { white-space: nowrap; width: 10rem; }
        .stuck th { white-space: nowrap; }
        .stuck td:last-child { width: 50%; }
        .bar { background: #eaeef2; height: .5rem; border-radius: 3px; margin: .3rem 0; overflow: hidden; }
        .bar span { display: block; height: 100%; background: #2da44e; }
        .count { color: #57606a; white-space: nowrap; }
        pre { background: #f6f8fa; padding: .4rem .6rem; margin: .3rem 0 0; white-space: pre-wrap; word-break: break-word; font-size: 13px; }
        td.ok { color: #1a7f37; }
        .scroll { overflow-x: auto; }
        .grades th.kata { text-align: center; }
        .grades td.full { background: #dafbe1; }
        .grades td.part { background: #fff8c5; }
        .grades td.zero { background: #ffebe9; }
        .grades td.broken { background: #ffcecb; font-weight: bold; }
        .grades td.none { color: #8c959f; text-align: center; }
        .grades td.total { font-weight: bold; white-space: nowrap; }
        .grades td.flag { color: #cf222e; font-weight: bold; }
        .grades th, .grades td { padding: .2rem .35rem; }
        .student { white-space: nowrap; position: sticky; left: 0; background: #fff; }
        .grades thead th:first-child { position: sticky; left: 0; z-index: 1; }
        .authors { color: #57606a; font-size: 13px; }
        .problem { color: #cf222e; font-size: 13px; }
        code { font-size: 13px; }

        """;
}
