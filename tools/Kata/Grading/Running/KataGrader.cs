using System.Globalization;
using Katas.Tool.Grading.Compiling;
using Katas.Tool.Grading.Model;
using Katas.Tool.Grading.Scoring;
using Katas.Tool.Grading.Sandbox;
using Katas.Tool.Running;

namespace Katas.Tool.Grading.Running;

/// <summary>
/// Grades one kata of one submission: compiles the student's files, runs the trusted specs against them
/// in the sandbox with every step open, and scores each step on its own. A spec counts only when the
/// grader saw it pass; a run that crashes or hangs is run again step by step, so one step's endless loop
/// costs that step and not the kata.
/// </summary>
internal sealed class KataGrader(ISandbox sandbox, SandboxLimits limits, TimeSpan timeout, CultureInfo culture)
{
    private static readonly IReadOnlyDictionary<string, SpecResult> NoResults = new Dictionary<string, SpecResult>();

    public async Task<(KataGrade Grade, IReadOnlyList<ReviewFlag> Flags)> GradeAsync(TrustedKata kata, IReadOnlyList<StudentSource>? sources, KataPoints points, GradingPoints rules, string workDirectory, CancellationToken cancellationToken)
    {
        if (sources is null)
        {
            return (Score(kata, points, rules, KataGradeStatus.Missing, NoResults, [], [], null), []);
        }

        var build = Path.Combine(workDirectory, "build");
        var compiled = await kata.Compiler.CompileAsync(sources, build, culture, cancellationToken).ConfigureAwait(false);
        if (!compiled.Succeeded)
        {
            return (Score(kata, points, rules, KataGradeStatus.NotCompiling, NoResults, compiled.Errors, compiled.SpofFindings, null), compiled.ReviewFlags);
        }

        var seen = new Dictionary<string, SpecResult>(StringComparer.Ordinal);
        var problems = new Dictionary<int, string>();
        var pending = kata.Definition.Steps.Select(s => s.Number).ToList();
        var attempt = 0;
        var oneByOne = false;
        while (pending.Count > 0)
        {
            // Every step not yet seen in one process (the first run: all of them). When a run crashes or hangs,
            // the step of the spec that was running loses its specs and the others run again without it;
            // when that spec is not known, the steps run one by one.
            var steps = attempt == 0 ? [] : oneByOne ? [pending[0]] : pending.ToArray();
            var run = await RunAsync(kata, compiled.AssemblyPath!, workDirectory, attempt++, steps, cancellationToken).ConfigureAwait(false);
            foreach (var result in run.Results)
            {
                seen[result.Name] = result;
            }

            if (run.Completed)
            {
                pending.RemoveAll(step => steps.Length == 0 || steps.Contains(step));
                continue;
            }

            // A spec that hangs is the one the runner last saw start. A process that dies (Environment.Exit, a stack
            // overflow) takes the reporter's last lines with it, and on a loaded machine the last spec reported may be
            // an earlier step's: a crash in a run of several steps is pinned down by running them one by one.
            var culprit = steps.Length == 1 ? steps[0] : run.Status == SpecRunStatus.TimedOut ? StepOf(kata, run.RunningSpec) : null;
            if (culprit is int step && pending.Contains(step))
            {
                problems[step] = Describe(run);
                pending.Remove(step);
            }
            else
            {
                oneByOne = true;
            }
        }

        return (Score(kata, points, rules, KataGradeStatus.Graded, seen, [], compiled.SpofFindings, problems), compiled.ReviewFlags);
    }

    private async Task<SpecRun> RunAsync(TrustedKata kata, string studentAssembly, string workDirectory, int attempt, int[] steps, CancellationToken cancellationToken)
    {
        var output = Path.Combine(workDirectory, "run" + attempt.ToString(CultureInfo.InvariantCulture));
        Directory.CreateDirectory(output);
        var specAssembly = kata.SpecAssembly;
        SandboxMounts mounts;
        if (sandbox.Isolates)
        {
            // The trusted specs, read-only, with the student's assembly laid over the starter's.
            var inside = Path.Combine(kata.SpecDirectory, kata.KataAssemblyFileName);
            mounts = new SandboxMounts(
                [kata.SpecDirectory],
                [(inside, studentAssembly), (Path.ChangeExtension(inside, ".pdb"), Path.ChangeExtension(studentAssembly, ".pdb"))],
                [output]);
        }
        else
        {
            var copy = Path.Combine(workDirectory, "specs");
            if (!Directory.Exists(copy))
            {
                Folders.Copy(kata.SpecDirectory, copy);
                File.Copy(studentAssembly, Path.Combine(copy, kata.KataAssemblyFileName), overwrite: true);
                File.Copy(Path.ChangeExtension(studentAssembly, ".pdb"), Path.Combine(copy, Path.ChangeExtension(kata.KataAssemblyFileName, ".pdb")), overwrite: true);
            }

            specAssembly = Path.Combine(copy, Path.GetFileName(kata.SpecAssembly));
            mounts = new SandboxMounts([copy], [], [output]);
        }

        if (!OperatingSystem.IsWindows())
        {
            File.SetUnixFileMode(output, FileModes.Writable);
        }

        var options = SpecRunOptions.ForSpecs(timeout, unlockAllSteps: true) with
        {
            Steps = steps,
            Launcher = process => sandbox.Wrap(process, mounts, limits),
            MaxOutputCharacters = limits.OutputCharacters,
        };
        return await SpecRunner.RunAsync(specAssembly, output, options, cancellationToken).ConfigureAwait(false);
    }

    private static KataGrade Score(TrustedKata kata, KataPoints points, GradingPoints rules, KataGradeStatus status, IReadOnlyDictionary<string, SpecResult> seen, IReadOnlyList<string> errors, IReadOnlyList<SpofFinding> spof, IReadOnlyDictionary<int, string>? problems)
    {
        var steps = new List<StepGrade>();
        var earlierPassed = true;
        foreach (var step in kata.Definition.Steps)
        {
            var specs = kata.ExpectedSpecs.Where(s => s.Step == step.Number).Select(expected => seen.TryGetValue(expected.Name, out var result)
                ? new SpecGrade(expected.Name, expected.DisplayName, result.Outcome == SpecOutcome.Passed ? SpecVerdict.Passed : SpecVerdict.Failed, result.Outcome == SpecOutcome.Passed ? null : result.Message)
                : new SpecGrade(expected.Name, expected.DisplayName, status == KataGradeStatus.Graded ? SpecVerdict.NotSeen : SpecVerdict.Failed))
                .ToArray();
            var max = points.Of(step.Number);
            var passed = specs.Count(s => s.Verdict == SpecVerdict.Passed);
            var earned = rules.RequirePreviousSteps && !earlierPassed ? 0 : points.Score(step.Number, passed, specs.Length);
            var grade = new StepGrade(step.Number, step.Slug, kata.StepTitles.GetValueOrDefault(step.Number, step.Slug), earned, max, specs, problems?.GetValueOrDefault(step.Number));
            earlierPassed &= grade.Passed;
            steps.Add(grade);
        }

        var deduction = rules.Deductions.For(spof.Select(f => f.Rule));
        return new KataGrade(kata.Name, status, steps, errors, spof, deduction);
    }

    /// <summary>The step of a spec the runner named as running (its full name, maybe with theory arguments), or null.</summary>
    private static int? StepOf(TrustedKata kata, string? runningSpec) =>
        runningSpec is null
            ? null
            : kata.ExpectedSpecs.FirstOrDefault(s => runningSpec == s.Name || runningSpec.StartsWith(s.Name.Split('(')[0], StringComparison.Ordinal))?.Step;

    private static string Describe(SpecRun run) => run.Status switch
    {
        SpecRunStatus.TimedOut when run.StoppedForOneSpec => $"stopped: {run.RunningSpec} ran for more than {run.TimeLimit?.TotalSeconds:0}s (a loop that never ends?)",
        SpecRunStatus.TimedOut => $"stopped after {run.TimeLimit?.TotalSeconds:0}s",
        _ => "the run ended without results: " + (run.Detail ?? run.Status.ToString()).ReplaceLineEndings(" "),
    };
}
