using Katas.Tool.Building;
using Katas.Tool.Cli;
using Katas.Tool.Course;
using Katas.Tool.Rendering;
using Katas.Tool.Running;

namespace Katas.Tool.Maintainer;

/// <summary>
/// The maintainer check (`./kata check`, run by CI): the course files fit together, everything builds,
/// every spec passes against the reference solution, every spec fails against the untouched starter
/// (by name: a spec that passes on a stub tests nothing), the starter has no SPOF warnings, and the tool
/// and analyzer tests pass. It ends with one line: <c>N passed, N failed</c>.
/// </summary>
internal sealed class MaintainerCheck(RepositoryLayout layout, CourseCatalog course, Options options, Terminal terminal)
{
    private const string BuildSection = "Build";
    private const string SolutionSection = "Specs against the solutions";
    private const string StarterSection = "Specs against the starter";
    private const string TestsSection = "Tool and analyzer tests";

    /// <summary>
    /// Tool tests build whole copies of the repository (a fresh clone, the student template) and drive
    /// terminal sessions in tmux; they get more time than specs, enough for a busy two-core machine
    /// (Kata.Tool.Tests took over 25 minutes at a load average of 70).
    /// </summary>
    private static readonly TimeSpan s_testProjectTimeout = TimeSpan.FromMinutes(40);

    private readonly CheckLedger _ledger = new();

    public async Task<int> RunAsync(CancellationToken cancellationToken)
    {
        var started = DateTime.UtcNow;
        CourseAudit.Files(layout, course, _ledger);
        CourseAudit.PointsFile(layout, course, _ledger);
        await WarnIfStarterIsTouchedAsync(cancellationToken).ConfigureAwait(false);

        if (!options.NoBuild)
        {
            Progress($"Building {RepositoryLayout.MaintainerSolutionFileName}...");
            var build = await DotnetBuild.RunAsync(layout.MaintainerSolutionFile, layout.Root, cancellationToken: cancellationToken).ConfigureAwait(false);
            Record(build);
        }

        StarterHasNoSpofWarnings();

        Progress("Running the specs against the solutions and the starters...");
        var results = Path.Combine(layout.ScratchDirectory, "check");
        using var throttle = new SemaphoreSlim(Math.Max(1, Environment.ProcessorCount));
        await Task.WhenAll(course.Katas.Select(kata => CheckKataAsync(kata, results, throttle, cancellationToken))).ConfigureAwait(false);

        // One test project at a time: the tool tests build copies of the repository and want the machine.
        Progress("Running the tool and analyzer tests...");
        foreach (var project in TestProjects())
        {
            await RunTestProjectAsync(project, results, cancellationToken).ConfigureAwait(false);
        }

        terminal.WriteLine();
        foreach (var section in new[] { CourseAudit.Section, BuildSection, SolutionSection, StarterSection, TestsSection })
        {
            Report(section);
        }

        Summary(DateTime.UtcNow - started);
        return _ledger.Failed == 0 ? ExitCodes.Green : ExitCodes.Red;
    }

    private async Task CheckKataAsync(KataDefinition kata, string results, SemaphoreSlim throttle, CancellationToken cancellationToken)
    {
        var solution = await RunLimitedAsync(kata.Name, Implementation.Solution).ConfigureAwait(false);
        var starter = await RunLimitedAsync(kata.Name, Implementation.Starter).ConfigureAwait(false);

        if (!solution.Completed)
        {
            _ledger.Fail(SolutionSection, $"{kata.Name}: specs ran", Describe(solution));
        }
        else
        {
            CourseAudit.Steps(kata, solution.Results, _ledger);
            foreach (var spec in solution.Results)
            {
                if (spec.Outcome == SpecOutcome.Passed)
                {
                    _ledger.Pass(SolutionSection, spec.Name);
                }
                else
                {
                    _ledger.Fail(SolutionSection, spec.Name, $"{spec.Outcome} against the solution: {FirstLine(spec.Message)}");
                }
            }
        }

        if (!starter.Completed)
        {
            _ledger.Fail(StarterSection, $"{kata.Name}: specs ran", Describe(starter));
            return;
        }

        var starterNames = starter.Results.Select(s => s.Name).ToHashSet(StringComparer.Ordinal);
        foreach (var spec in starter.Results)
        {
            if (spec.Outcome == SpecOutcome.Failed)
            {
                _ledger.Pass(StarterSection, spec.Name);
            }
            else
            {
                _ledger.Fail(StarterSection, spec.Name, spec.Outcome == SpecOutcome.Passed
                    ? "passes against the untouched starter: it tests nothing the student writes."
                    : $"{spec.Outcome} against the starter; every spec must run and fail there.");
            }
        }

        foreach (var missing in solution.Results.Where(s => !starterNames.Contains(s.Name)))
        {
            _ledger.Fail(StarterSection, missing.Name, "ran against the solution but not against the starter.");
        }

        async Task<SpecRun> RunLimitedAsync(string name, Implementation implementation)
        {
            await throttle.WaitAsync(cancellationToken).ConfigureAwait(false);
            try
            {
                var run = await SpecRunner.RunAsync(
                    layout.SpecAssembly(name, implementation),
                    Path.Combine(results, implementation.ToString()),
                    SpecRunOptions.ForSpecs(options.Timeout, unlockAllSteps: true),
                    cancellationToken).ConfigureAwait(false);
                terminal.WriteLine($"  {name} ({implementation.ToString().ToLowerInvariant()}): {Counts(run)}", Style.Dim);
                return run;
            }
            finally
            {
                throttle.Release();
            }
        }
    }

    private async Task RunTestProjectAsync(string project, string results, CancellationToken cancellationToken)
    {
        var name = Path.GetFileNameWithoutExtension(project);
        var timeout = options.Timeout > s_testProjectTimeout ? options.Timeout : s_testProjectTimeout;
        var run = await SpecRunner.RunAsync(RepositoryLayout.TestAssembly(project), Path.Combine(results, "tests"), new SpecRunOptions(timeout), cancellationToken).ConfigureAwait(false);
        terminal.WriteLine($"  {name}: {Counts(run)}", Style.Dim);
        if (!run.Completed)
        {
            _ledger.Fail(TestsSection, $"{name}: tests ran", Describe(run));
            return;
        }

        if (run.Results.Count == 0)
        {
            _ledger.Fail(TestsSection, $"{name}: has tests", "The project ran no test at all.");
        }

        foreach (var test in run.Results)
        {
            if (test.Outcome == SpecOutcome.Passed)
            {
                _ledger.Pass(TestsSection, test.Name);
            }
            else
            {
                _ledger.Fail(TestsSection, test.Name, $"{test.Outcome}: {FirstLine(test.Message)}");
            }
        }
    }

    private void Record(BuildResult build)
    {
        var errors = build.Errors.ToArray();
        if (build.Succeeded && errors.Length == 0)
        {
            _ledger.Pass(BuildSection, RepositoryLayout.MaintainerSolutionFileName + " builds");
            return;
        }

        if (errors.Length == 0)
        {
            var tail = string.Join(" | ", build.Output.Split('\n', StringSplitOptions.RemoveEmptyEntries).TakeLast(5));
            _ledger.Fail(BuildSection, RepositoryLayout.MaintainerSolutionFileName + " builds", build.TimedOut ? "The build ran out of time." : $"Exit code {build.ExitCode}: {tail}");
            return;
        }

        foreach (var error in errors)
        {
            var where = error.File is null ? layout.Relative(error.Project ?? "") : $"{layout.Relative(error.File)}:{error.Line}";
            _ledger.Fail(BuildSection, $"{error.Code} {where}", error.Message);
        }
    }

    private void StarterHasNoSpofWarnings()
    {
        foreach (var kata in course.Katas)
        {
            var name = $"{kata.Name}: the starter builds with no SPOF warning";
            var log = layout.StudentDiagnosticsLog(kata.Name);
            if (log is null)
            {
                _ledger.Fail(BuildSection, name, "No compiler log under katas/" + kata.Name + "/obj: was the starter built?");
                continue;
            }

            var warnings = SarifLog.Read(log, "SPOF");
            if (warnings.Count == 0)
            {
                _ledger.Pass(BuildSection, name);
            }
            else
            {
                _ledger.Fail(BuildSection, name, string.Join("; ", warnings.Select(w => $"{w.Code} {layout.Relative(w.File ?? "")}:{w.Line}")));
            }
        }
    }

    private IEnumerable<string> TestProjects() =>
        Directory.Exists(layout.TestsDirectory)
            ? Directory.EnumerateDirectories(layout.TestsDirectory, "*.Tests")
                .Select(d => Path.Combine(d, Path.GetFileName(d) + ".csproj"))
                .Where(File.Exists)
                .Order(StringComparer.Ordinal)
            : [];

    private async Task WarnIfStarterIsTouchedAsync(CancellationToken cancellationToken)
    {
        var status = await Git.StatusOfAsync(layout.Root, "katas", cancellationToken).ConfigureAwait(false);
        if (!string.IsNullOrWhiteSpace(status))
        {
            terminal.WriteLine("  Note: katas/ has local changes; the starter specs run against them, not against the committed starter.", Style.Yellow);
        }
    }

    private void Progress(string text) => terminal.WriteLine(text, Style.Dim);

    private void Report(string section)
    {
        var items = _ledger.Items.Where(i => i.Section == section).ToArray();
        var failed = items.Where(i => !i.Passed).ToArray();
        terminal.WriteLine(
            $"  {(failed.Length == 0 ? "✔" : "✘")} {section}: {items.Length - failed.Length} passed, {failed.Length} failed",
            failed.Length == 0 ? Style.Green : Style.Red);
        foreach (var item in failed.Take(25))
        {
            terminal.WriteLine($"    ✘ {item.Name}", Style.Red);
            terminal.WriteLine($"      {item.Detail}");
        }

        if (failed.Length > 25)
        {
            terminal.WriteLine($"    ... and {failed.Length - 25} more.", Style.Red);
        }
    }

    private void Summary(TimeSpan elapsed)
    {
        terminal.WriteLine();
        terminal.WriteLine($"Checked in {elapsed.TotalSeconds:0}s.", Style.Dim);
        // CI reads this last line.
        terminal.WriteLine($"{_ledger.Passed} passed, {_ledger.Failed} failed", _ledger.Failed == 0 ? Style.Green : Style.Red);
    }

    private static string Counts(SpecRun run) => run.Completed
        ? $"{run.Results.Count(r => r.Outcome == SpecOutcome.Passed)} passed, {run.Results.Count(r => r.Outcome == SpecOutcome.Failed)} failed, {run.Results.Count(r => r.Outcome is SpecOutcome.Skipped or SpecOutcome.NotRun)} not run"
        : run.Status.ToString();

    private static string Describe(SpecRun run) => run.Status switch
    {
        SpecRunStatus.TimedOut when run.StoppedForOneSpec => $"Stopped: {run.RunningSpec} ran for more than {run.TimeLimit?.TotalSeconds:0}s.",
        SpecRunStatus.TimedOut => $"Stopped after {run.TimeLimit?.TotalSeconds:0}s" + (run.RunningSpec is { } spec ? $" while running {spec}." : "."),
        SpecRunStatus.NotBuilt => "Not built.",
        _ => run.Detail ?? run.Status.ToString(),
    };

    private static string FirstLine(string? text) =>
        (text ?? "").ReplaceLineEndings("\n").Split('\n', StringSplitOptions.RemoveEmptyEntries).FirstOrDefault() ?? "";
}
