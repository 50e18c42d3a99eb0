using System.Globalization;
using Katas.Tool.Cli;
using Katas.Tool.Grading.Model;
using Spectre.Console;

namespace Katas.Tool.Grading;

/// <summary>The grade of one submission on the terminal: a table of katas and steps, then `Points X/Y`.</summary>
internal static class GradeConsole
{
    public static void Show(SubmissionGrade grade, IAnsiConsole console, Language language)
    {
        var korean = language == Language.Korean;
        console.MarkupLine($"[bold]{Markup.Escape(grade.Name)}[/]" + (grade.Authors.Count > 0 ? $" [grey]({Markup.Escape(string.Join(", ", grade.Authors.Select(a => a.Name)))})[/]" : ""));
        if (grade.Problem is { } problem)
        {
            console.MarkupLine($"[red]{Markup.Escape(problem)}[/]");
        }

        var table = new Table().Border(TableBorder.Rounded)
            .AddColumn(korean ? "카타" : "Kata")
            .AddColumn(korean ? "단계" : "Steps")
            .AddColumn(new TableColumn(korean ? "점수" : "Points").RightAligned())
            .AddColumn(korean ? "메모" : "Note");
        foreach (var kata in grade.Katas)
        {
            var marks = string.Concat(kata.Steps.Select(s => s.Passed ? "[green]●[/]" : s.Points > 0 ? "[yellow]◐[/]" : "[red]○[/]"));
            var note = kata.Status switch
            {
                KataGradeStatus.Missing => korean ? "제출되지 않음" : "not submitted",
                KataGradeStatus.NotCompiling => (korean ? "컴파일 오류: " : "does not compile: ") + kata.CompilerErrors.FirstOrDefault(),
                _ => kata.StuckAt is { } stuck ? (korean ? $"{stuck.Number}단계에서 멈춤: " : $"stuck at step {stuck.Number}: ") + stuck.Title : (korean ? "모두 통과" : "all steps pass"),
            };
            table.AddRow(
                new Markup(Markup.Escape(kata.Kata)),
                new Markup(marks),
                new Markup(Number(kata.Score) + "/" + Number(kata.MaxScore)),
                new Markup(Markup.Escape(note)));
        }

        console.Write(table);
        if (grade.ReviewFlags.Count > 0)
        {
            console.MarkupLine($"[yellow]{(korean ? "검토 필요" : "Needs review")}:[/] " + Markup.Escape(string.Join("; ", grade.ReviewFlags.Take(5).Select(f => $"{f.File}:{f.Line} {f.Api} ({f.Reason})"))));
        }

        if (!grade.Sandboxed)
        {
            console.MarkupLine(korean ? "[yellow]샌드박스 없이 채점했습니다.[/]" : "[yellow]Graded without a sandbox.[/]");
        }

        // The plain line GitHub Classroom reads from a job's log.
        console.WriteLine(Reports.ClassroomResults.PointsLine(grade));
    }

    public static string Number(decimal value) => value.ToString("0.##", CultureInfo.InvariantCulture);
}
