using System.Globalization;
using Katas.Tool.Cli;
using Katas.Tool.Course;
using Katas.Tool.Grading.Model;
using Katas.Tool.Grading.Scoring;
using Katas.Tool.Grading.Running;
using Katas.Tool.Grading.Sandbox;
using Spectre.Console;

namespace Katas.Tool.Grading;

/// <summary>
/// `./kata grade`: one submission (`./kata grade ../alice`), a class (`--class ../submissions`), or the
/// Gradescope autograder (`--gradescope-package grader.zip`). The specs are the grader's own, built once
/// for the whole run; student code runs only in the sandbox. Exit code 0 when everything asked for was
/// graded (whatever the grades), 1 when the course itself cannot be graded, 2 for a wrong command line.
/// </summary>
internal static class GradeCommand
{
    public static async Task<int> RunAsync(RepositoryLayout layout, CourseCatalog course, Options options, Language language, CancellationToken cancellationToken)
    {
        var request = options.Grade!;
        var pointsFile = request.Points ?? Path.Combine(layout.Root, GradingPoints.FileName);
        GradingPoints points;
        try
        {
            points = GradingPoints.Load(pointsFile, course);
        }
        catch (FormatException exception)
        {
            throw new UsageException("The points file is not valid: " + exception.Message);
        }

        // With --json, standard output is the JSON alone: everything a person reads goes to standard error.
        var console = AnsiConsole.Create(new AnsiConsoleSettings
        {
            Out = new AnsiConsoleOutput(request.Json ? Console.Error : Console.Out),
            Ansi = options.Color == ColorMode.Never ? AnsiSupport.No : AnsiSupport.Detect,
            ColorSystem = options.Color == ColorMode.Never ? ColorSystemSupport.NoColors : ColorSystemSupport.Detect,
        });

        if (request.GradescopePackage is { } package)
        {
            return GradescopePackage.Write(layout, package, console);
        }

        // A path that is not there is a typo on the command line, not a student's broken submission: say so
        // before building anything. (A folder that is there but holds no course is graded, with the reason.)
        if (request.Submission is { } submission && !Directory.Exists(submission))
        {
            throw new UsageException(File.Exists(submission)
                ? $"'{submission}' is a file: give a student's clone of the course (a folder)."
                : $"'{submission}' is not a folder: give a student's clone of the course.");
        }

        var sandbox = Sandboxes.ForThisMachine();
        var culture = Languages.Culture(language);
        try
        {
            using var trusted = await TrustedCourse.PrepareAsync(layout, course, language, line => console.MarkupLine($"[grey]{Markup.Escape(line)}[/]"), cancellationToken).ConfigureAwait(false);
            var grader = new SubmissionGrader(layout, course, trusted, points, new KataGrader(sandbox, SandboxLimits.Default, options.Timeout, culture), sandbox);
            if (!sandbox.Isolates)
            {
                console.MarkupLine($"[yellow]Not sandboxed[/]: {Markup.Escape(sandbox.Description)}. Student code runs with this user's rights.");
            }

            if (request.Class is { } folder)
            {
                return await ClassGrading.RunAsync(layout, grader, folder, request, language, console, cancellationToken).ConfigureAwait(false);
            }

            var grade = await grader.GradeAsync(request.Submission!, cancellationToken).ConfigureAwait(false);
            var output = request.Output ?? Path.Combine(layout.ScratchDirectory, "grades", grade.Name);
            GradeReports.WriteAll(grade, output, language);
            GradeConsole.Show(grade, console, language);
            console.MarkupLine($"[grey]Reports: {Markup.Escape(layout.Relative(output))}[/]");
            if (Environment.GetEnvironmentVariable("GITHUB_STEP_SUMMARY") is { Length: > 0 } summary)
            {
                File.AppendAllText(summary, Reports.MarkdownReport.Render(grade, language));
            }

            if (request.Json)
            {
                Console.Out.WriteLine(Reports.GradeJson.Render(grade));
            }

            return ExitCodes.Green;
        }
        catch (GradingException exception)
        {
            console.MarkupLine($"[red]{Markup.Escape(exception.Message)}[/]");
            return ExitCodes.Red;
        }
    }
}
