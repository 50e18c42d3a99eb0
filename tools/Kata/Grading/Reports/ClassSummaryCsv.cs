using System.Text;
using Katas.Tool.Grading.Model;
using static Katas.Tool.Grading.Reports.ReportFormat;

namespace Katas.Tool.Grading.Reports;

/// <summary>
/// The class summary as CSV for a spreadsheet or a gradebook import: one row per submission (by name),
/// the columns <c>student, authors, Kata/N...</c> (each kata's step points, course order),
/// <c>total, max_score, needs_review</c>. The header is the same in every language, so scripts can rely
/// on it. RFC 4180: comma-separated, fields quoted when they need it, "\r\n" line ends.
/// </summary>
internal static class ClassSummaryCsv
{
    /// <summary>The CSV text; the same grades, in any order, give the same text.</summary>
    public static string Render(IEnumerable<SubmissionGrade> grades)
    {
        var statistics = ClassStatistics.From(grades, GradingTexts.English);
        var csv = new StringBuilder();
        Row(csv, ["student", "authors", .. statistics.Steps.Select(s => $"{s.Kata}/{s.Number}"), "total", "max_score", "needs_review"]);
        foreach (var submission in statistics.Submissions)
        {
            Row(csv,
            [
                Text(submission.Name),
                Text(string.Join("; ", submission.Authors.Select(a => a.ToString()))),
                .. statistics.Steps.Select(step => ClassStatistics.Find(submission, step) is var (_, grade) ? Points(grade.Points) : ""),
                Points(submission.Score),
                Points(submission.MaxScore),
                submission.NeedsReview ? "true" : "false",
            ]);
        }

        return csv.ToString();
    }

    private static void Row(StringBuilder csv, IEnumerable<string> fields) =>
        csv.Append(string.Join(",", fields.Select(Quote))).Append("\r\n");

    private static string Quote(string field) =>
        field.AsSpan().IndexOfAny(",\"\r\n") >= 0 ? "\"" + field.Replace("\"", "\"\"") + "\"" : field;

    /// <summary>
    /// A name from a student's git history shown as text: a spreadsheet would run a cell that starts
    /// with = + - @ as a formula, so such a cell starts with an apostrophe.
    /// </summary>
    private static string Text(string value) =>
        value.Length > 0 && value[0] is '=' or '+' or '-' or '@' or '\t' or '\r' ? "'" + value : value;
}
