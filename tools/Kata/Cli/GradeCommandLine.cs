using System.CommandLine;

namespace Katas.Tool.Cli;

/// <summary>`./kata grade`: grade a submission, a class, or write the Gradescope autograder.</summary>
internal static class GradeCommandLine
{
    private static readonly Argument<string?> s_submission = new("submission")
    {
        Description = "A student's clone of the course (or a folder holding one).",
        Arity = ArgumentArity.ZeroOrOne,
    };

    private static readonly Option<string?> s_class = new("--class")
    {
        Description = "Grade every submission in this folder (one student's clone per subfolder), in parallel.",
        HelpName = "folder",
    };

    private static readonly Option<string?> s_out = new("--out")
    {
        Description = "Where the reports go (default: .kata/grades/<name> in this repository).",
        HelpName = "folder",
    };

    private static readonly Option<bool> s_json = new("--json")
    {
        Description = "Write the grade as JSON on standard output, for scripts (progress goes to standard error).",
    };

    private static readonly Option<string?> s_points = new("--points")
    {
        Description = "The points file (default: grading.json at the root of this repository).",
        HelpName = "file",
    };

    private static readonly Option<int?> s_jobs = new("--jobs")
    {
        Description = "With --class: how many submissions at once (default: the number of cores).",
        HelpName = "n",
        CustomParser = result => CommonOptions.PositiveNumber(result, "--jobs"),
    };

    private static readonly Option<string?> s_gradescope = new("--gradescope-package")
    {
        Description = "Write the Gradescope autograder zip (setup.sh, run_autograder and this course) to this file.",
        HelpName = "zip",
    };

    public static CommandLineEntry Create()
    {
        var command = new Command("grade", "Instructors: grade a submission or a whole class, per kata and step, in a sandbox.")
        {
            s_submission,
            s_class,
            s_out,
            s_json,
            s_points,
            s_jobs,
            s_gradescope,
            CommonOptions.Timeout,
        };
        command.Validators.Add(static result =>
        {
            // Presence only: a value that failed to parse has its own error already.
            var asked = new[] { result.GetResult(s_submission) is { Tokens.Count: > 0 }, result.GetResult(s_class) is not null, result.GetResult(s_gradescope) is not null }.Count(x => x);
            if (asked != 1)
            {
                result.AddError(UsageTexts.Current.GradeOneOf);
            }

            if (result.GetResult(s_jobs) is not null && result.GetResult(s_class) is null)
            {
                result.AddError(UsageTexts.Current.JobsWithClass);
            }
        });
        return new CommandLineEntry(command, CommandKind.Grade, static (result, options) => options with
        {
            Timeout = result.GetValue(CommonOptions.Timeout) ?? Options.DefaultTimeout,
            Grade = new GradeRequest(
                result.GetValue(s_submission),
                result.GetValue(s_class),
                result.GetValue(s_gradescope),
                result.GetValue(s_out),
                result.GetValue(s_points),
                result.GetValue(s_json),
                result.GetValue(s_jobs) ?? Environment.ProcessorCount),
        });
    }
}

/// <summary>What `./kata grade` was asked to do. Exactly one of the first three is set.</summary>
internal sealed record GradeRequest(string? Submission, string? Class, string? GradescopePackage, string? Output, string? Points, bool Json, int Jobs);
