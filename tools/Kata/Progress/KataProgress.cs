using Katas.Tool.Building;
using Katas.Tool.Course;
using Katas.Tool.Running;

namespace Katas.Tool.Progress;

/// <summary>Where a student is in one kata: its build, its steps, and the step to work on.</summary>
internal sealed class KataProgress
{
    private KataProgress(KataDefinition kata, KataState state, IReadOnlyList<StepProgress> steps,
        IReadOnlyList<BuildDiagnostic> errors, IReadOnlyList<BuildDiagnostic> warnings, SpecRun? run)
    {
        Kata = kata;
        State = state;
        Steps = steps;
        CompileErrors = errors;
        Warnings = warnings;
        Run = run;
    }

    public KataDefinition Kata { get; }

    public KataState State { get; }

    public IReadOnlyList<StepProgress> Steps { get; }

    public IReadOnlyList<BuildDiagnostic> CompileErrors { get; }

    /// <summary>SPOF analyzer warnings in the student's code.</summary>
    public IReadOnlyList<BuildDiagnostic> Warnings { get; }

    /// <summary>The spec run, when there was one.</summary>
    public SpecRun? Run { get; }

    public StepProgress? CurrentStep => Steps.FirstOrDefault(s => s.Status == StepStatus.Current);

    public int DoneCount => Steps.Count(s => s.Status == StepStatus.Done);

    /// <summary>The kata does not compile: no step can be judged.</summary>
    public static KataProgress NotCompiling(KataDefinition kata, IReadOnlyList<BuildDiagnostic> errors, IReadOnlyList<BuildDiagnostic> warnings) =>
        new(kata, KataState.DoesNotCompile, Unknown(kata), errors, warnings, null);

    /// <summary>
    /// Reads the spec results step by step: steps before the first failing one are done, the first
    /// failing one is current, the ones after it locked (whether or not their specs ran).
    /// </summary>
    public static KataProgress FromRun(KataDefinition kata, SpecRun run, IReadOnlyList<BuildDiagnostic> warnings)
    {
        if (!run.Completed)
        {
            return new KataProgress(kata, KataState.DidNotRun, Unknown(kata), [], warnings, run);
        }

        var steps = new List<StepProgress>();
        var blocked = false;
        foreach (var step in kata.Steps)
        {
            var specs = run.Results.Where(r => r.Step == step.Number).ToArray();
            StepStatus status;
            if (blocked)
            {
                status = StepStatus.Locked;
            }
            else if (specs.Length == 0)
            {
                status = StepStatus.NoSpecs;
            }
            else if (specs.All(s => s.Outcome == SpecOutcome.Passed))
            {
                status = StepStatus.Done;
            }
            else
            {
                // A failure makes the step current; a step whose specs were skipped by the gate also
                // cannot be done, so it is where the student is.
                status = StepStatus.Current;
                blocked = true;
            }

            steps.Add(new StepProgress(step, status, specs));
        }

        var state = steps.All(s => s.Status is StepStatus.Done or StepStatus.NoSpecs) ? KataState.Complete : KataState.InProgress;
        return new KataProgress(kata, state, steps, [], warnings, run);
    }

    /// <summary>The kata compiles; its specs have not run yet.</summary>
    public static KataProgress Compiled(KataDefinition kata, IReadOnlyList<BuildDiagnostic> warnings) =>
        new(kata, KataState.InProgress, Unknown(kata), [], warnings, null);

    private static StepProgress[] Unknown(KataDefinition kata) =>
        kata.Steps.Select(s => new StepProgress(s, StepStatus.Locked, [])).ToArray();
}
