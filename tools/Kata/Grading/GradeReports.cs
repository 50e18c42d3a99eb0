using System.Text.Json;
using Katas.Tool.Cli;
using Katas.Tool.Grading.Model;

namespace Katas.Tool.Grading;

/// <summary>Writes every report of one submission into a folder, each file whole or not at all.</summary>
internal static class GradeReports
{
    public const string GradeFile = "grade.json";

    public static void WriteAll(SubmissionGrade grade, string folder, Language language)
    {
        Directory.CreateDirectory(folder);
        WriteFile(Path.Combine(folder, GradeFile), JsonSerializer.Serialize(grade, GradeJson.Default.SubmissionGrade));
    }

    /// <summary>Writes through a temporary file and a rename: a stopped run never leaves half a report.</summary>
    public static void WriteFile(string path, string text)
    {
        var temporary = path + ".tmp";
        File.WriteAllText(temporary, text);
        File.Move(temporary, path, overwrite: true);
    }
}
