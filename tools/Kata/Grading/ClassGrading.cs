using Katas.Tool.Cli;
using Katas.Tool.Course;
using Katas.Tool.Grading.Model;
using Spectre.Console;

namespace Katas.Tool.Grading;

/// <summary>
/// `./kata grade --class <folder>`: every subfolder is a submission (what `gh classroom clone
/// student-repos` makes). Submissions are graded in parallel up to --jobs; one that fails in any way is
/// reported as such and never stops the others. Each gets its reports in its own folder; the class gets
/// a summary (CSV and an HTML page that shows where the class is stuck).
/// </summary>
internal static class ClassGrading
{
    public static async Task<int> RunAsync(RepositoryLayout layout, SubmissionGrader grader, string folder, GradeRequest request, Language language, IAnsiConsole console, CancellationToken cancellationToken)
    {
        if (!Directory.Exists(folder))
        {
            throw new UsageException($"--class: '{folder}' is not a folder.");
        }

        var submissions = new DirectoryInfo(folder).EnumerateDirectories()
            .Where(d => !d.Name.StartsWith('.') && d.LinkTarget is null)
            .OrderBy(d => d.Name, StringComparer.Ordinal)
            .ToArray();
        if (submissions.Length == 0)
        {
            throw new UsageException($"--class: '{folder}' has no submission folders in it.");
        }

        var output = request.Output ?? Path.Combine(layout.ScratchDirectory, "grades", Path.GetFileName(Path.TrimEndingDirectorySeparator(Path.GetFullPath(folder))));
        var grades = new SubmissionGrade[submissions.Length];
        using var throttle = new SemaphoreSlim(request.Jobs);

        async Task GradeOneAsync(int index, Action advance)
        {
            await throttle.WaitAsync(cancellationToken).ConfigureAwait(false);
            try
            {
                grades[index] = await GradeSafelyAsync(grader, submissions[index].FullName, cancellationToken).ConfigureAwait(false);
                GradeReports.WriteAll(grades[index], Path.Combine(output, submissions[index].Name), language);
            }
            finally
            {
                throttle.Release();
                advance();
            }
        }

        if (console.Profile.Capabilities.Interactive && console.Profile.Capabilities.Ansi)
        {
            await console.Progress()
                .Columns(new TaskDescriptionColumn(), new ProgressBarColumn(), new PercentageColumn(), new ElapsedTimeColumn())
                .StartAsync(async context =>
                {
                    var task = context.AddTask($"Grading {submissions.Length} submissions", maxValue: submissions.Length);
                    await Task.WhenAll(submissions.Select((_, i) => GradeOneAsync(i, () => task.Increment(1)))).ConfigureAwait(false);
                }).ConfigureAwait(false);
        }
        else
        {
            var done = 0;
            await Task.WhenAll(submissions.Select((submission, i) => GradeOneAsync(i, () =>
                console.MarkupLine($"[grey]{Interlocked.Increment(ref done)}/{submissions.Length} {Markup.Escape(submission.Name)}[/]")))).ConfigureAwait(false);
        }

        ClassReports.WriteAll(grades, output, language);
        Show(grades, console);
        console.MarkupLine($"[grey]Reports: {Markup.Escape(layout.Relative(output))}[/]");
        if (request.Json)
        {
            Console.Out.WriteLine(Reports.GradeJson.Render(grades));
        }

        return ExitCodes.Green;
    }

    /// <summary>A submission that breaks the grader itself is a zero with the reason, not the end of the class.</summary>
    private static async Task<SubmissionGrade> GradeSafelyAsync(SubmissionGrader grader, string path, CancellationToken cancellationToken)
    {
        try
        {
            return await grader.GradeAsync(path, cancellationToken).ConfigureAwait(false);
        }
        catch (Exception exception) when (exception is not OperationCanceledException)
        {
            return new SubmissionGrade(Path.GetFileName(path), path, [], [], [], [], false, TimeSpan.Zero, $"The grader failed on this submission: {exception.GetType().Name}: {exception.Message}");
        }
    }

    private static void Show(IReadOnlyList<SubmissionGrade> grades, IAnsiConsole console)
    {
        var table = new Table().Border(TableBorder.Rounded).AddColumn("Submission");
        var katas = grades.SelectMany(g => g.Katas.Select(k => k.Kata)).Distinct().ToArray();
        foreach (var kata in katas)
        {
            table.AddColumn(new TableColumn(kata).RightAligned());
        }

        table.AddColumn(new TableColumn("Total").RightAligned()).AddColumn("Note");
        foreach (var grade in grades)
        {
            var cells = new List<string> { Markup.Escape(grade.Name) };
            cells.AddRange(katas.Select(k => grade.Katas.FirstOrDefault(g => g.Kata == k) is { } kata ? GradeConsole.Number(kata.Score) : "-"));
            cells.Add($"{GradeConsole.Number(grade.Score)}/{GradeConsole.Number(grade.MaxScore)}");
            cells.Add(Markup.Escape(grade.Problem ?? (grade.NeedsReview ? "needs review" : "")));
            table.AddRow(cells.ToArray());
        }

        console.Write(table);
    }
}
