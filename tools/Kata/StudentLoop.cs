using Katas.Tool.Building;
using Katas.Tool.Cli;
using Katas.Tool.Course;
using Katas.Tool.Pairing;
using Katas.Tool.Progress;
using Katas.Tool.Rendering;
using Katas.Tool.Running;

namespace Katas.Tool;

/// <summary>
/// The student loop: build the student's katas, run their specs with later steps locked, and show the
/// one step to work on. `./kata` runs it for every kata; `./kata HealthChecker` for one kata;
/// `./kata HealthChecker/timeout` for one step, locked or not.
/// </summary>
internal sealed class StudentLoop(RepositoryLayout layout, CourseCatalog course, Options options, Terminal terminal, Language language)
{
    private readonly Texts _texts = Texts.For(language);

    public async Task<int> RunAsync(CancellationToken cancellationToken)
    {
        var target = options.Target is null ? null : StepTarget.Parse(options.Target, course, language);
        var katas = target is null ? course.Katas : [target.Kata];
        var renderer = new ProgressRenderer(terminal, _texts, language, layout);

        var (build, progress) = await BuildAndMeasureAsync(katas, target?.Step, cancellationToken).ConfigureAwait(false);
        if (progress is null)
        {
            renderer.BuildFailure(build!);
            return ExitCodes.Red;
        }

        if (target?.Step is { } step)
        {
            renderer.FocusedStep(progress[0], step, options.Hint);
            var stepSpecs = progress[0].Run?.Results.Where(r => r.Step == step.Number).ToArray() ?? [];
            var stepPasses = stepSpecs.Length > 0 && stepSpecs.All(r => r.Outcome == SpecOutcome.Passed);
            PairAnnouncer.StepsPassed(layout, stepPasses ? [$"{progress[0].Kata.Name}/{step.Number}"] : [], progress[0].Kata.Name, terminal, language);
            return stepPasses ? ExitCodes.Green : ExitCodes.Red;
        }

        if (target is null)
        {
            renderer.Summary(progress);
        }

        var focus = progress.FirstOrDefault(p => p.State != KataState.Complete);

        // A pair session hears of every step that passes: one turned green announces the swap.
        var passing = progress.SelectMany(p => p.Steps.Where(s => s.Status == StepStatus.Done).Select(s => $"{p.Kata.Name}/{s.Step.Number}")).ToArray();
        if (focus is not null)
        {
            renderer.Focus(focus, options.Hint);
            PairAnnouncer.StepsPassed(layout, passing, focus.Kata.Name, terminal, language);
            return ExitCodes.Red;
        }

        renderer.AllDone();
        PairAnnouncer.StepsPassed(layout, passing, null, terminal, language);

        // Every kata of the course passes: the reward is to watch them keep the shop up on sale day.
        if (target is null && course.Katas.Count > 1)
        {
            terminal.WriteLine();
            return await DemoCommand.RunAsync(layout, options, terminal, language, cancellationToken).ConfigureAwait(false);
        }

        return ExitCodes.Green;
    }

    /// <summary>
    /// Builds the katas (unless --no-build) and runs their specs: where each kata is. The progress is null
    /// when the build failed without a compile error to show (MSBuild itself failed); the build says why.
    /// </summary>
    public async Task<(BuildResult? Build, KataProgress[]? Progress)> BuildAndMeasureAsync(IReadOnlyList<KataDefinition> katas, StepDefinition? step, CancellationToken cancellationToken)
    {
        BuildResult? build = null;
        if (!options.NoBuild)
        {
            terminal.WriteLine(_texts.Building, Style.Dim);
            build = await BuildAsync(katas, cancellationToken).ConfigureAwait(false);
            if (!build.Succeeded && !build.Errors.Any())
            {
                return (build, null);
            }
        }

        // The specs of a kata that nothing has changed since its last complete run are not run again
        // (SpecRunCache), except the first kata not yet complete, the one the student works on: running
        // `./kata` again without an edit runs its specs again, as a student expects.
        var specOptions = SpecOptions(step);
        var cached = katas.Select(kata => SpecRunCache.TryGet(SpecAssembly(kata), ResultsDirectory, specOptions)).ToArray();
        var working = Array.FindIndex(cached, run => run is null || !AllPass(run));
        if (working >= 0)
        {
            cached[working] = null;
        }

        return (build, await Task.WhenAll(katas.Select((kata, i) => MeasureAsync(kata, cached[i], specOptions, build, cancellationToken))).ConfigureAwait(false));
    }

    private string ResultsDirectory => Path.Combine(layout.ScratchDirectory, "results");

    private string? SpecAssembly(KataDefinition kata) => layout.SpecAssembly(kata.Name, Implementation.Starter);

    private SpecRunOptions SpecOptions(StepDefinition? step) =>
        SpecRunOptions.ForSpecs(options.Timeout, unlockAllSteps: step is not null, step?.Number);

    private static bool AllPass(SpecRun run) => run.Completed && run.Results.All(r => r.Outcome == SpecOutcome.Passed);

    /// <summary>Builds the student's spec projects (and so the katas) in one MSBuild run: a kata that does not compile does not stop the others.</summary>
    private async Task<BuildResult> BuildAsync(IReadOnlyList<KataDefinition> katas, CancellationToken cancellationToken)
    {
        var solution = ProjectSolution.Write(layout, "student", katas.Select(k => layout.SpecProject(k.Name, Implementation.Starter)));
        // A Korean student reads the compiler's errors and the SPOF warnings in Korean too.
        var uiLanguage = language == Language.Korean ? "ko-KR" : null;

        // Restore only when something a restore reads has changed: a second saved on every warm run.
        var stamp = new RestoreStamp(layout, solution);
        var restore = !stamp.IsCurrent();
        var started = DateTime.UtcNow;
        var build = await DotnetBuild.RunAsync(solution, layout.Root, uiLanguage, restore, cancellationToken).ConfigureAwait(false);
        if (!restore && RestoreStamp.NeededRestore(build))
        {
            restore = true;
            build = await DotnetBuild.RunAsync(solution, layout.Root, uiLanguage, restore, cancellationToken).ConfigureAwait(false);
        }

        if (restore)
        {
            if (RestoreStamp.Restored(build))
            {
                stamp.Write(started);
            }
            else
            {
                stamp.Delete();
            }
        }

        return build;
    }

    private async Task<KataProgress> MeasureAsync(KataDefinition kata, SpecRun? cached, SpecRunOptions specOptions, BuildResult? build, CancellationToken cancellationToken)
    {
        var warnings = SpofWarnings(kata);
        if (build is not null)
        {
            var errors = CompileErrors(kata, build);
            if (errors.Count > 0)
            {
                return KataProgress.NotCompiling(kata, errors, warnings);
            }
        }

        if (cached is not null)
        {
            return KataProgress.FromRun(kata, cached, warnings);
        }

        var assembly = SpecAssembly(kata);
        var run = await SpecRunner.RunAsync(assembly, ResultsDirectory, specOptions, cancellationToken).ConfigureAwait(false);
        SpecRunCache.Store(assembly, ResultsDirectory, specOptions, run);
        return KataProgress.FromRun(kata, run, warnings);
    }

    /// <summary>
    /// The errors that stop this kata: those of its project and of its spec project, and those of any
    /// project that belongs to no kata (a shared library the specs need).
    /// </summary>
    private List<BuildDiagnostic> CompileErrors(KataDefinition kata, BuildResult build)
    {
        var own = build.For(layout.KataProject(kata.Name, Implementation.Starter))
            .Concat(build.For(layout.SpecProject(kata.Name, Implementation.Starter)));
        var shared = build.Errors.Where(e => !course.Katas.Any(k =>
            build.For(layout.KataProject(k.Name, Implementation.Starter)).Contains(e)
            || build.For(layout.SpecProject(k.Name, Implementation.Starter)).Contains(e)));
        return own.Concat(shared).Where(d => d.IsError).Distinct().ToList();
    }

    private List<BuildDiagnostic> SpofWarnings(KataDefinition kata)
    {
        if (layout.StudentDiagnosticsLog(kata.Name) is not { } log)
        {
            return [];
        }

        try
        {
            return SarifLog.Read(log, "SPOF").Where(d => !d.IsError).ToList();
        }
        catch (Exception exception) when (exception is IOException or System.Text.Json.JsonException)
        {
            // A log being written by a build that was stopped halfway: the next build writes it again.
            return [];
        }
    }
}
