using Katas.Tool.Cli;
using Katas.Tool.Grading.Model;
using Katas.Tool.Grading.Reports;

namespace Katas.Tool.Grading;

/// <summary>Writes the class summary into the class's report folder: CSV for gradebooks, the HTML page, the JSON.</summary>
internal static class ClassReports
{
    public const string CsvFile = "class.csv";
    public const string HtmlFile = "class.html";
    public const string JsonFile = "class.json";

    public static void WriteAll(IReadOnlyList<SubmissionGrade> grades, string folder, Language language)
    {
        Directory.CreateDirectory(folder);
        GradeReports.WriteFile(Path.Combine(folder, CsvFile), ClassSummaryCsv.Render(grades));
        GradeReports.WriteFile(Path.Combine(folder, HtmlFile), ClassSummaryHtml.Render(grades, language));
        GradeReports.WriteFile(Path.Combine(folder, JsonFile), GradeJson.Render(grades));
    }
}
