using Katas.Tool.Running;

namespace Katas.Tool.Tests;

/// <summary>Spec results for tests of the progress rules and the renderer.</summary>
internal static class Results
{
    public static SpecResult Passed(int step, string method = "Works") =>
        new($"Specs.Step{step}.{method}", $"Specs.Step{step}", method, step, SpecOutcome.Passed, null, null, null, null);

    public static SpecResult Failed(int step, string method = "Fails", string message = "Assert.Equal() Failure", string? stackTrace = null) =>
        new($"Specs.Step{step}.{method}", $"Specs.Step{step}", method, step, SpecOutcome.Failed, message, stackTrace, null, null);

    public static SpecResult Skipped(int step, string method = "Locked") =>
        new($"Specs.Step{step}.{method}", $"Specs.Step{step}", method, step, SpecOutcome.Skipped, "Locked: step 1 is not done yet", null, null, null);

    public static SpecRun Completed(params SpecResult[] results) => new(SpecRunStatus.Completed, results);
}
