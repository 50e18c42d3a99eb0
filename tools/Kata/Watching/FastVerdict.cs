using System.Globalization;
using Katas.Tool.Building;
using Katas.Tool.Cli;
using Katas.Tool.Course;
using Katas.Tool.Progress;
using Katas.Tool.Running;

namespace Katas.Tool.Watching;

/// <summary>
/// A kata's verdict without MSBuild: compile the kata in the tool, put the assembly beside the spec
/// assembly already built against it, and run the specs as the loop does. It gives the loop's verdict
/// as long as the kata's public API is the one the specs were compiled against; when it is not, it
/// says so (null) and the caller builds.
/// </summary>
internal sealed class FastVerdict(RepositoryLayout layout, Options options, KataCompiler? compiler, CultureInfo messageCulture)
{
    /// <returns>The kata not compiling, or compiled with no spec run yet (state InProgress, no steps); null when only a full build can tell.</returns>
    public async Task<KataProgress?> CompileAsync(KataDefinition kata, CancellationToken cancellationToken)
    {
        if (compiler is null || layout.SpecAssembly(kata.Name, Implementation.Starter) is not { } specs)
        {
            return null;
        }

        var outcome = await compiler.CompileAsync(Path.GetDirectoryName(specs)!, messageCulture, cancellationToken).ConfigureAwait(false);
        var errors = outcome.Diagnostics.Where(d => d.IsError).ToArray();
        var warnings = outcome.Diagnostics.Where(d => !d.IsError && d.Code.StartsWith("SPOF", StringComparison.Ordinal)).ToArray();
        if (!outcome.Succeeded)
        {
            return KataProgress.NotCompiling(kata, errors, warnings);
        }

        return outcome.SameApi ? KataProgress.Compiled(kata, warnings) : null;
    }

    /// <summary>One step's specs, whatever the steps before it do (<c>./kata Kata/step</c>).</summary>
    public Task<KataProgress> RunStepAsync(KataDefinition kata, StepDefinition step, IReadOnlyList<BuildDiagnostic> warnings, CancellationToken cancellationToken) =>
        RunAsync(kata, SpecRunOptions.ForSpecs(options.Timeout, unlockAllSteps: true, step.Number), warnings, cancellationToken);

    /// <summary>The kata's specs with the step gate on, as `./kata` runs them.</summary>
    public Task<KataProgress> RunKataAsync(KataDefinition kata, IReadOnlyList<BuildDiagnostic> warnings, CancellationToken cancellationToken) =>
        RunAsync(kata, SpecRunOptions.ForSpecs(options.Timeout, unlockAllSteps: false), warnings, cancellationToken);

    private async Task<KataProgress> RunAsync(KataDefinition kata, SpecRunOptions runOptions, IReadOnlyList<BuildDiagnostic> warnings, CancellationToken cancellationToken)
    {
        var run = await SpecRunner.RunAsync(
            layout.SpecAssembly(kata.Name, Implementation.Starter),
            Path.Combine(layout.ScratchDirectory, "watch-results"),
            runOptions,
            cancellationToken).ConfigureAwait(false);
        return KataProgress.FromRun(kata, run, warnings);
    }
}
