using System.Globalization;
using Katas.Tool.Building;
using Katas.Tool.Cli;
using Katas.Tool.Course;
using Katas.Tool.Pairing;
using Katas.Tool.Progress;
using Katas.Tool.Rendering;
using Katas.Tool.Running;

namespace Katas.Tool.Watching;

/// <summary>
/// `./kata watch`: the loop once, then again on every save of a kata file, for the saved kata only.
/// The kata is compiled in the tool (<see cref="KataCompiler"/>) beside its built spec assembly, its
/// current step runs first, and only what changed is printed. A change of the kata's public API, which
/// the specs are compiled against, takes the full build instead. Ctrl+C ends it.
/// </summary>
internal sealed class WatchCommand(RepositoryLayout layout, CourseCatalog course, Options options, Terminal terminal, Language language)
{
    private readonly WatchTexts _texts = WatchTexts.For(language);
    private readonly ProgressRenderer _renderer = new(terminal, Texts.For(language), language, layout);
    private readonly StudentLoop _loop = new(layout, course, options, terminal, language);
    private readonly Dictionary<string, Task<KataCompiler?>> _compilers = new(StringComparer.Ordinal);
    private readonly Dictionary<string, WatchedKata> _katas = new(StringComparer.Ordinal);
    private readonly SemaphoreSlim _preparing = new(1, 1);

    public async Task<int> RunAsync(CancellationToken cancellationToken)
    {
        var target = options.Target is null ? null : StepTarget.Parse(options.Target, course, language);
        var katas = target is null ? course.Katas : [target.Kata];

        // Watching starts before the first build: a save made while it runs is not lost.
        using var watcher = new KataFileWatcher(layout.KatasDirectory);
        try
        {
            var (build, progress) = await _loop.BuildAndMeasureAsync(katas, target?.Step, cancellationToken).ConfigureAwait(false);
            if (progress is null)
            {
                _renderer.BuildFailure(build!);
            }
            else
            {
                foreach (var kata in progress)
                {
                    _katas[kata.Kata.Name] = new WatchedKata(kata.Kata) { Last = kata };
                }

                ShowAll(progress, target?.Step);
                TellPair(progress.FirstOrDefault(p => p.State != KataState.Complete)?.Kata.Name);
            }

            foreach (var kata in katas.OrderBy(k => progress?.FirstOrDefault(p => p.State != KataState.Complete)?.Kata == k ? 0 : 1))
            {
                _compilers[kata.Name] = PrepareAsync(kata, cancellationToken);
            }

            terminal.WriteLine();
            terminal.WriteLine(_texts.Watching, Style.Dim);
            while (true)
            {
                var saved = await watcher.NextAsync(cancellationToken).ConfigureAwait(false);
                foreach (var files in saved.GroupBy(f => KataFileWatcher.KataOf(layout.KatasDirectory, f), StringComparer.Ordinal))
                {
                    if (katas.FirstOrDefault(k => k.Name == files.Key) is { } kata)
                    {
                        await OnSavedAsync(kata, target?.Step, [.. files], cancellationToken).ConfigureAwait(false);
                    }
                }
            }
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            // A compiler still being prepared stops its MSBuild process on the same token: wait for it,
            // so that nothing the watch started outlives it.
            await Task.WhenAll(_compilers.Values.Select(c => c.ContinueWith(_ => { }, TaskScheduler.Default))).ConfigureAwait(false);
            terminal.WriteLine();
            terminal.WriteLine(_texts.Stopped, Style.Dim);
            return ExitCodes.Green;
        }
    }

    private async Task OnSavedAsync(KataDefinition kata, StepDefinition? step, IReadOnlyList<string> files, CancellationToken cancellationToken)
    {
        var savedAt = files.Where(File.Exists).Select(File.GetLastWriteTimeUtc).DefaultIfEmpty(DateTime.UtcNow).Max();
        terminal.WriteLine();
        terminal.WriteLine(Format(_texts.Saved, string.Join(", ", files.Select(layout.Relative))), Style.Dim);

        if (!_katas.TryGetValue(kata.Name, out var watched))
        {
            watched = new WatchedKata(kata);
            _katas[kata.Name] = watched;
        }

        var shown = false;
        var verdict = new FastVerdict(layout, options, await CompilerForAsync(kata, files, cancellationToken).ConfigureAwait(false), CultureOf(language));
        var progress = await verdict.CompileAsync(kata, cancellationToken).ConfigureAwait(false);
        if (progress is null)
        {
            terminal.WriteLine(_texts.FullBuild, Style.Dim);
            var (build, full) = await _loop.BuildAndMeasureAsync([kata], step, cancellationToken).ConfigureAwait(false);
            if (full is null)
            {
                _renderer.BuildFailure(build!);
                return;
            }

            progress = full[0];
        }
        else if (progress.State != KataState.DoesNotCompile)
        {
            // The current step first: its verdict is on screen while the rest of the kata runs.
            var current = step ?? watched.Step;
            if (current is not null)
            {
                var quick = await verdict.RunStepAsync(kata, current, progress.Warnings, cancellationToken).ConfigureAwait(false);
                if (step is not null || quick.CurrentStep is not null || quick.State == KataState.DidNotRun)
                {
                    Show(watched, quick, step, sayUnchanged: true);
                    shown = true;
                    terminal.WriteLine(Format(_texts.Verdict, (DateTime.UtcNow - savedAt).TotalSeconds), Style.Dim);
                    watched.Last = quick;
                    if (step is not null || quick.State == KataState.DidNotRun)
                    {
                        return;
                    }
                }
            }

            progress = await verdict.RunKataAsync(kata, progress.Warnings, cancellationToken).ConfigureAwait(false);
        }

        if (Show(watched, progress, step, sayUnchanged: !shown))
        {
            terminal.WriteLine(Format(_texts.Verdict, (DateTime.UtcNow - savedAt).TotalSeconds), Style.Dim);
        }

        watched.Last = progress;
        if (progress.State != KataState.DoesNotCompile && step is null)
        {
            TellPair(kata.Name);
        }
    }

    /// <summary>Prints what changed from the kata's last verdict; false when nothing did.</summary>
    /// <param name="sayUnchanged">Say in one line that the step fails as before (not when that was just said).</param>
    private bool Show(WatchedKata watched, KataProgress now, StepDefinition? step, bool sayUnchanged)
    {
        if (now.State == KataState.DoesNotCompile)
        {
            // The analyzers have not run on code that does not compile: its warnings are not news.
            _renderer.CompileErrors(now);
            return true;
        }

        var compilesAgain = watched.Last?.State == KataState.DoesNotCompile;
        var warningsChanged = !SameWarnings(watched.Warnings, now.Warnings);
        watched.Warnings = now.Warnings;
        var was = watched.Step;
        var current = now.CurrentStep?.Step;
        var first = now.CurrentStep?.Failures.FirstOrDefault();

        // A step shown in full prints the warnings itself.
        var showStep = now.State == KataState.DidNotRun || step is not null
            || (now.State != KataState.Complete && (was is null || current!.Number > was.Number));
        if (compilesAgain)
        {
            terminal.WriteLine(_texts.CompilesAgain, Style.Green);
        }

        if (warningsChanged && !showStep)
        {
            if (now.Warnings.Count > 0)
            {
                _renderer.Warnings(now.Warnings);
            }
            else
            {
                terminal.WriteLine(_texts.WarningsGone, Style.Green);
            }
        }

        if (now.State == KataState.DidNotRun || step is not null)
        {
            _renderer.FocusedStep(now, step ?? watched.Kata.Steps[0], showHints: false);
            return true;
        }

        var changed = compilesAgain || warningsChanged;
        if (now.State == KataState.Complete)
        {
            if (was is not null)
            {
                Celebrate(was, watched.Kata.Steps[^1]);
                terminal.WriteLine(Format(_texts.KataDone, watched.Kata.Name), Style.Green);
                changed = true;
            }

            watched.Step = null;
            watched.FirstFailure = null;
            return changed;
        }

        if (showStep)
        {
            if (was is not null)
            {
                Celebrate(was, watched.Kata.Steps.Last(s => s.Number < current!.Number));
            }

            _renderer.FocusedStep(now, current!, showHints: false);
            changed = true;
        }
        else if (current!.Number < was!.Number)
        {
            terminal.WriteLine(Format(_texts.BrokeEarlierStep, current.Number), Style.Red);
            ShowFailure(first);
            changed = true;
        }
        else if (first is not null && (first.Name != watched.FirstFailure?.Name || first.Message != watched.FirstFailure?.Message))
        {
            terminal.WriteLine(Format(_texts.StillRed, current.Number), Style.Red);
            ShowFailure(first);
            changed = true;
        }
        else if (sayUnchanged && first is not null)
        {
            terminal.WriteLine(Format(_texts.SameFailure, current.Number, first.TitleIn(language)), Style.Red);
            changed = true;
        }

        watched.Step = current;
        watched.FirstFailure = first;
        return changed;
    }

    /// <summary>A pair session hears of every step that passes, as after `./kata`: one turned green announces the swap.</summary>
    private void TellPair(string? currentKata)
    {
        var passing = _katas.Values
            .Where(k => k.Last is not null)
            .SelectMany(k => k.Last!.Steps.Where(s => s.Status == StepStatus.Done).Select(s => $"{k.Kata.Name}/{s.Step.Number}"))
            .ToArray();
        PairAnnouncer.StepsPassed(layout, passing, currentKata, terminal, language);
    }

    /// <summary>Steps <paramref name="first"/> to <paramref name="last"/> turned green.</summary>
    private void Celebrate(StepDefinition first, StepDefinition last)
    {
        terminal.WriteLine(
            first.Number == last.Number ? Format(_texts.StepDone, first.Number) : Format(_texts.StepsDone, first.Number, last.Number),
            Style.Green);
    }

    private void ShowFailure(SpecResult? failure)
    {
        if (failure is not null)
        {
            _renderer.Failure(failure);
        }
    }

    private void ShowAll(IReadOnlyList<KataProgress> progress, StepDefinition? step)
    {
        if (step is not null)
        {
            _renderer.FocusedStep(progress[0], step, showHints: false);
            return;
        }

        if (progress.Count > 1)
        {
            _renderer.Summary(progress);
        }

        foreach (var kata in progress)
        {
            _katas[kata.Kata.Name].Step = kata.CurrentStep?.Step;
            _katas[kata.Kata.Name].FirstFailure = kata.CurrentStep?.Failures.FirstOrDefault();
            _katas[kata.Kata.Name].Warnings = kata.Warnings;
        }

        if (progress.FirstOrDefault(p => p.State != KataState.Complete) is { } focus)
        {
            _renderer.Focus(focus, showHints: false);
        }
        else
        {
            _renderer.AllDone();
        }
    }

    /// <summary>The kata's compiler, made again when a file was added or removed (the project's sources changed).</summary>
    private async Task<KataCompiler?> CompilerForAsync(KataDefinition kata, IReadOnlyList<string> files, CancellationToken cancellationToken)
    {
        if (!_compilers.TryGetValue(kata.Name, out var preparing))
        {
            preparing = PrepareAsync(kata, cancellationToken);
            _compilers[kata.Name] = preparing;
        }

        var compiler = await preparing.ConfigureAwait(false);
        if (compiler is not null && files.Any(f => File.Exists(f) != compiler.SourceFiles.Contains(f, StringComparer.Ordinal)))
        {
            preparing = PrepareAsync(kata, cancellationToken);
            _compilers[kata.Name] = preparing;
            compiler = await preparing.ConfigureAwait(false);
        }

        return compiler;
    }

    /// <summary>Asks MSBuild for the kata's compiler arguments and compiles once aside, so that the first save finds the compiler warm.</summary>
    private async Task<KataCompiler?> PrepareAsync(KataDefinition kata, CancellationToken cancellationToken)
    {
        await _preparing.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            var project = layout.KataProject(kata.Name, Implementation.Starter);
            var (arguments, _) = await CompilerArguments.OfAsync(project, cancellationToken).ConfigureAwait(false);
            if (arguments is null)
            {
                return null;
            }

            var compiler = KataCompiler.Create(arguments, Path.GetDirectoryName(project)!, IsSpofAnalyzer);
            var aside = Path.Combine(layout.ScratchDirectory, "watch", kata.Name);
            await compiler.CompileAsync(aside, CultureOf(language), cancellationToken).ConfigureAwait(false);
            return compiler;
        }
        catch (Exception exception) when (exception is not OperationCanceledException)
        {
            // The full build still works; it is only slower.
            return null;
        }
        finally
        {
            _preparing.Release();
        }
    }

    private static bool IsSpofAnalyzer(string path) => Path.GetFileName(path).StartsWith("Katas.Analyzers", StringComparison.Ordinal);

    private static bool SameWarnings(IReadOnlyList<BuildDiagnostic>? before, IReadOnlyList<BuildDiagnostic> now) =>
        (before ?? []).Select(Key).Order(StringComparer.Ordinal).SequenceEqual(now.Select(Key).Order(StringComparer.Ordinal));

    private static string Key(BuildDiagnostic d) => $"{d.Code} {d.File}:{d.Line} {d.Message}";

    internal static CultureInfo CultureOf(Language language) =>
        language == Language.Korean ? CultureInfo.GetCultureInfo("ko-KR") : CultureInfo.CurrentUICulture;

    private static string Format(string format, params object[] values) => string.Format(CultureInfo.InvariantCulture, format, values);

    /// <summary>What the watch remembers of a kata: its last verdict, its step, and that step's first failure.</summary>
    private sealed class WatchedKata(KataDefinition kata)
    {
        public KataDefinition Kata => kata;

        public KataProgress? Last { get; set; }

        public StepDefinition? Step { get; set; }

        public SpecResult? FirstFailure { get; set; }

        /// <summary>The SPOF warnings of the last compile that compiled.</summary>
        public IReadOnlyList<BuildDiagnostic> Warnings { get; set; } = [];
    }
}
