using Katas.Tool.Building;
using Katas.Tool.Progress;
using Katas.Tool.Running;

namespace Katas.Tool.Tests;

public sealed class KataProgressTests
{
    [Fact]
    public void Steps_before_the_first_failure_are_done_it_is_current_and_the_rest_locked()
    {
        var run = Results.Completed(
            Results.Passed(1), Results.Passed(1, "Also"),
            Results.Passed(2), Results.Failed(2),
            Results.Skipped(3));

        var progress = KataProgress.FromRun(Catalogs.HealthChecker, run, []);

        Assert.Equal(KataState.InProgress, progress.State);
        Assert.Equal([StepStatus.Done, StepStatus.Current, StepStatus.Locked], progress.Steps.Select(s => s.Status));
        Assert.Equal(2, progress.CurrentStep?.Step.Number);
        Assert.Equal(1, progress.DoneCount);
    }

    [Fact]
    public void A_later_step_that_passes_stays_locked_behind_a_failing_one()
    {
        var run = Results.Completed(Results.Failed(1), Results.Passed(2), Results.Passed(3));

        var progress = KataProgress.FromRun(Catalogs.HealthChecker, run, []);

        Assert.Equal([StepStatus.Current, StepStatus.Locked, StepStatus.Locked], progress.Steps.Select(s => s.Status));
    }

    [Fact]
    public void Every_step_passing_is_complete()
    {
        var run = Results.Completed(Results.Passed(1), Results.Passed(2), Results.Passed(3));

        var progress = KataProgress.FromRun(Catalogs.HealthChecker, run, []);

        Assert.Equal(KataState.Complete, progress.State);
        Assert.Null(progress.CurrentStep);
        Assert.Equal(3, progress.DoneCount);
    }

    [Fact]
    public void A_step_without_specs_is_marked_and_does_not_block()
    {
        var run = Results.Completed(Results.Passed(1), Results.Failed(3));

        var progress = KataProgress.FromRun(Catalogs.HealthChecker, run, []);

        Assert.Equal([StepStatus.Done, StepStatus.NoSpecs, StepStatus.Current], progress.Steps.Select(s => s.Status));
    }

    [Fact]
    public void A_run_that_did_not_complete_judges_no_step()
    {
        var progress = KataProgress.FromRun(Catalogs.HealthChecker, new SpecRun(SpecRunStatus.TimedOut, []), []);

        Assert.Equal(KataState.DidNotRun, progress.State);
        Assert.All(progress.Steps, s => Assert.Equal(StepStatus.Locked, s.Status));
        Assert.Null(progress.CurrentStep);
    }

    [Fact]
    public void Compile_errors_make_the_kata_not_compile()
    {
        var error = new BuildDiagnostic(DiagnosticSeverity.Error, "CS1002", "; expected", "/r/katas/HealthChecker/HealthChecker.cs", 3, 1, null);

        var progress = KataProgress.NotCompiling(Catalogs.HealthChecker, [error], []);

        Assert.Equal(KataState.DoesNotCompile, progress.State);
        Assert.Equal([error], progress.CompileErrors);
        Assert.Null(progress.CurrentStep);
    }
}
