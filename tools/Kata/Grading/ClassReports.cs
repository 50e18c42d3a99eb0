using System.Text.Json;
using Katas.Tool.Cli;
using Katas.Tool.Grading.Model;

namespace Katas.Tool.Grading;

/// <summary>Writes the class summary into the class's report folder.</summary>
internal static class ClassReports
{
    public static void WriteAll(IReadOnlyList<SubmissionGrade> grades, string folder, Language language)
    {
        Directory.CreateDirectory(folder);
        GradeReports.WriteFile(Path.Combine(folder, ClassGrading.SummaryFile), JsonSerializer.Serialize(grades, GradeJson.Default.IReadOnlyListSubmissionGrade));
    }
}
