using System.Text;
using Katas.Tool.Cli;
using Katas.Tool.Grading.Model;
using Katas.Tool.Grading.Reports;

namespace Katas.Tool.Grading;

/// <summary>Writes every report of one submission into a folder, each file whole or not at all.</summary>
internal static class GradeReports
{
    public const string GradescopeFile = "results.json";
    public const string ClassroomFile = "autograding.json";
    public const string JUnitFile = "junit.xml";
    public const string MarkdownFile = "report.md";
    public const string JsonFile = "grade.json";

    public static void WriteAll(SubmissionGrade grade, string folder, Language language)
    {
        Directory.CreateDirectory(folder);
        WriteFile(Path.Combine(folder, GradescopeFile), GradescopeResults.Render(grade, language));
        WriteFile(Path.Combine(folder, ClassroomFile), ClassroomResults.Render(grade, language));
        WriteFile(Path.Combine(folder, JUnitFile), JUnitReport.Render(grade, language));
        WriteFile(Path.Combine(folder, MarkdownFile), MarkdownReport.Render(grade, language));
        WriteFile(Path.Combine(folder, JsonFile), GradeJson.Render(grade));
    }

    /// <summary>Writes through a temporary file and a rename: a stopped run never leaves half a report.</summary>
    public static void WriteFile(string path, string text)
    {
        var temporary = path + ".tmp";
        File.WriteAllText(temporary, text, new UTF8Encoding(encoderShouldEmitUTF8Identifier: false));
        File.Move(temporary, path, overwrite: true);
    }
}
