using Katas.Tool.Progress;

namespace Katas.Tool.Tests;

public sealed class FailureLocatorTests
{
    [Fact]
    public void The_students_line_and_the_specs_line_are_found_past_shared_helpers()
    {
        using var repository = new TempRepository();
        var root = repository.Root;
        var stackTrace = $"""
               at Katas.HealthChecker.HttpProbe.ProbeAsync(Uri target) in {root}/katas/HealthChecker/HealthChecker.cs:line 37
               at Katas.Specs.TaskAssertions.CompletesAsync[T](Task`1 task) in {root}/tests/Katas.Specs.Support/TaskAssertions.cs:line 21
               at Katas.HealthChecker.Specs.Step2_Timeout.Times_out() in {root}/tests/HealthChecker.Specs/Step2_Timeout.cs:line 32
            --- End of stack trace from previous location ---
            """;

        var spec = Results.Failed(2, stackTrace: stackTrace);

        Assert.Equal(new SourceLocation("katas/HealthChecker/HealthChecker.cs", 37), FailureLocator.InStudentCode(spec, repository.Layout));
        Assert.Equal(new SourceLocation("tests/HealthChecker.Specs/Step2_Timeout.cs", 32), FailureLocator.InSpec(spec, repository.Layout));
    }

    [Fact]
    public void An_assertion_failure_has_no_student_line_and_falls_back_to_the_spec_source()
    {
        using var repository = new TempRepository();
        var spec = Results.Failed(1) with
        {
            SourceFile = Path.Combine(repository.Root, "tests", "X.Specs", "Step1.cs"),
            SourceLine = 12,
        };

        Assert.Null(FailureLocator.InStudentCode(spec, repository.Layout));
        Assert.Equal(new SourceLocation("tests/X.Specs/Step1.cs", 12), FailureLocator.InSpec(spec, repository.Layout));
    }
}
