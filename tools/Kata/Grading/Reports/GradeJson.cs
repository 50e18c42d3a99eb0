using System.Text.Json;
using Katas.Tool.Grading.Model;
using static Katas.Tool.Grading.Reports.ReportFormat;

namespace Katas.Tool.Grading.Reports;

/// <summary>
/// The grade as JSON for scripts (<c>--json</c>): every fact of the model, snake_case names, enums as
/// lower-case words, no text of the reports' own, so it reads the same in every language. One object
/// for a submission; <c>{submissions: [...]}</c> by name for a class.
/// </summary>
internal static class GradeJson
{
    public static string Render(SubmissionGrade grade) => Json(json => WriteSubmission(json, grade));

    public static string Render(IEnumerable<SubmissionGrade> grades) => Json(json =>
    {
        json.WriteStartObject();
        json.WriteStartArray("submissions");
        foreach (var grade in grades.OrderBy(g => g.Name, StringComparer.Ordinal).ThenBy(g => g.Path, StringComparer.Ordinal))
        {
            WriteSubmission(json, grade);
        }

        json.WriteEndArray();
        json.WriteEndObject();
    });

    private static void WriteSubmission(Utf8JsonWriter json, SubmissionGrade grade)
    {
        json.WriteStartObject();
        json.WriteString("name", grade.Name);
        json.WriteString("path", grade.Path);
        json.WriteNumber("score", Exact(grade.Score));
        json.WriteNumber("max_score", Exact(grade.MaxScore));
        json.WriteBoolean("sandboxed", grade.Sandboxed);
        json.WriteBoolean("needs_review", grade.NeedsReview);
        json.WriteNumber("elapsed_seconds", Seconds(grade.Elapsed));
        json.WriteString("problem", grade.Problem);
        Array(json, "authors", grade.Authors, person =>
        {
            json.WriteString("name", person.Name);
            json.WriteString("email", person.Email);
        });
        Array(json, "katas", grade.Katas, kata => WriteKata(json, kata));
        Array(json, "ignored_files", grade.IgnoredFiles, file =>
        {
            json.WriteString("path", file.Path);
            json.WriteString("change", Word(file.Change));
            json.WriteString("reason", file.Reason);
        });
        Array(json, "review_flags", grade.ReviewFlags, flag =>
        {
            json.WriteString("kata", flag.Kata);
            json.WriteString("file", flag.File);
            json.WriteNumber("line", flag.Line);
            json.WriteString("api", flag.Api);
            json.WriteString("reason", flag.Reason);
        });
        json.WriteEndObject();
    }

    private static void WriteKata(Utf8JsonWriter json, KataGrade kata)
    {
        json.WriteString("kata", kata.Kata);
        json.WriteString("status", kata.Status switch
        {
            KataGradeStatus.NotCompiling => "not_compiling",
            _ => Word(kata.Status),
        });
        json.WriteNumber("score", Exact(kata.Score));
        json.WriteNumber("max_score", Exact(kata.MaxScore));
        json.WriteNumber("spof_deduction", Exact(kata.SpofDeduction));
        json.WriteStartArray("compiler_errors");
        foreach (var line in kata.CompilerErrors)
        {
            json.WriteStringValue(line);
        }

        json.WriteEndArray();
        Array(json, "spof_findings", kata.SpofFindings, finding =>
        {
            json.WriteString("rule", finding.Rule);
            json.WriteString("file", finding.File);
            json.WriteNumber("line", finding.Line);
            json.WriteString("message", finding.Message);
            json.WriteString("help_link", finding.HelpLink);
        });
        Array(json, "steps", kata.Steps, step =>
        {
            json.WriteNumber("number", step.Number);
            json.WriteString("slug", step.Slug);
            json.WriteString("title", step.Title);
            json.WriteNumber("points", Exact(step.Points));
            json.WriteNumber("max_points", Exact(step.MaxPoints));
            json.WriteBoolean("passed", kata.Status == KataGradeStatus.Graded && step.Passed);
            json.WriteString("problem", step.Problem);
            Array(json, "specs", step.Specs, spec =>
            {
                json.WriteString("name", spec.Name);
                json.WriteString("display_name", spec.DisplayName);
                json.WriteString("verdict", spec.Verdict == SpecVerdict.NotSeen ? "not_seen" : Word(spec.Verdict));
                json.WriteString("message", spec.Message);
            });
        });
    }

    private static void Array<T>(Utf8JsonWriter json, string name, IEnumerable<T> items, Action<T> writeMembers)
    {
        json.WriteStartArray(name);
        foreach (var item in items)
        {
            json.WriteStartObject();
            writeMembers(item);
            json.WriteEndObject();
        }

        json.WriteEndArray();
    }

    private static string Word<T>(T value)
        where T : struct, Enum => value.ToString().ToLowerInvariant();
}
