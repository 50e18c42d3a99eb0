using Katas.Tool.Grading.Model;

namespace Katas.Tool.Tests;

/// <summary>Grades built by hand for the report tests: each kind of kata, step and spec outcome once.</summary>
internal static class GradeSamples
{
    public const string FailingMessage = "Assert.Equal() Failure: Values differ\nExpected: Healthy\nActual:   Unhealthy";
    public const string CompilerLine = "katas/RoundRobin/RoundRobin.cs(12,5): error CS1002: ; expected";
    public const string SpofLink = "https://example.org/katas/analyzers/docs/SPOF003.md";

    /// <summary>
    /// HealthChecker graded (step 1 passes, step 2 half, step 3 crashed with a spec not seen), RoundRobin
    /// not compiling, Scaler missing; a SPOF warning, ignored files, a review flag, a pair, no sandbox.
    /// </summary>
    public static SubmissionGrade Mixed(string name = "alice-katas", decimal spofDeduction = 0) => new(
        name,
        "/submissions/" + name,
        [
            new KataGrade(
                "HealthChecker",
                KataGradeStatus.Graded,
                [
                    new StepGrade(1, "probe", "One HTTP probe", 5, 5,
                    [
                        Spec("Step1_OneProbe.A_200_answer_is_healthy", "A 200 answer is healthy", SpecVerdict.Passed),
                        Spec("Step1_OneProbe.A_500_answer_is_unhealthy", "A 500 answer is unhealthy", SpecVerdict.Passed),
                    ]),
                    new StepGrade(2, "timeouts", "Timeouts", 2.5m, 5,
                    [
                        Spec("Step2_Timeouts.A_slow_target_times_out", "A slow target times out", SpecVerdict.Passed),
                        Spec("Step2_Timeouts.A_redirect_is_healthy", "A redirect is healthy", SpecVerdict.Failed, FailingMessage),
                    ]),
                    new StepGrade(3, "many", "Many targets", 0, 10,
                    [
                        Spec("Step3_Many.Targets_are_probed_in_parallel", "Targets are probed in parallel", SpecVerdict.Failed, "Took 9 s, expected under 2 s"),
                        Spec("Step3_Many.Every_target_is_reported", "Every target is reported", SpecVerdict.NotSeen),
                    ],
                    Problem: "the specs stopped after 30 s"),
                ],
                [],
                [new SpofFinding("SPOF003", "katas/HealthChecker/HealthChecker.cs", 42, "HttpClient created per call", SpofLink)],
                spofDeduction),
            new KataGrade(
                "RoundRobin",
                KataGradeStatus.NotCompiling,
                [
                    new StepGrade(1, "rotate", "Rotate", 0, 10, []),
                    new StepGrade(2, "skip", "Skip the unhealthy", 0, 10, []),
                ],
                [CompilerLine],
                []),
            new KataGrade(
                "Scaler",
                KataGradeStatus.Missing,
                [new StepGrade(1, "ratio", "The ratio", 0, 5, [])],
                [],
                []),
        ],
        [new Person("Alice Kim", "alice@example.org"), new Person("Bo Park", "bo@example.org")],
        [
            new IgnoredFile("tests/HealthChecker.Specs/Step1_OneProbe.cs", FileChange.Changed),
            new IgnoredFile("katas/HealthChecker/link.cs", FileChange.Refused, "a link out of the submission"),
        ],
        [new ReviewFlag("HealthChecker", "katas/HealthChecker/HealthChecker.cs", 7, "System.Diagnostics.Process.Start", "starts a process")],
        Sandboxed: false,
        Elapsed: TimeSpan.FromMilliseconds(12_345.6));

    /// <summary>Every step of one kata passed, nothing else to say.</summary>
    public static SubmissionGrade AllPassed(string name = "bo-katas") => new(
        name,
        "/submissions/" + name,
        [
            new KataGrade(
                "HealthChecker",
                KataGradeStatus.Graded,
                [
                    new StepGrade(1, "probe", "One HTTP probe", 5, 5, [Spec("Step1.A", "A", SpecVerdict.Passed)]),
                    new StepGrade(2, "timeouts", "Timeouts", 5, 5, [Spec("Step2.B", "B", SpecVerdict.Passed)]),
                ],
                [],
                []),
        ],
        [new Person("Bo Park", null)],
        [],
        [],
        Sandboxed: true,
        Elapsed: TimeSpan.FromSeconds(3));

    private static SpecGrade Spec(string name, string display, SpecVerdict verdict, string? message = null) =>
        new("Katas.HealthChecker.Specs." + name, display, verdict, message);

    /// <summary>
    /// A class of four: alice (mixed, marked for review), bo (HealthChecker done), chan (stuck at
    /// HealthChecker's step 2 on the same spec as alice, RoundRobin done), dana (not gradable).
    /// </summary>
    public static IReadOnlyList<SubmissionGrade> Class()
    {
        var bo = AllPassed();
        var chanHealth = Mixed().Katas[0] with
        {
            Steps = [Mixed().Katas[0].Steps[0], Mixed().Katas[0].Steps[1] with { Points = 0 }, Mixed().Katas[0].Steps[2]],
            SpofFindings =
            [
                new SpofFinding("SPOF003", "katas/HealthChecker/HealthChecker.cs", 10, "HttpClient created per call", SpofLink),
                new SpofFinding("SPOF001", "katas/HealthChecker/HealthChecker.cs", 20, "One target only", "https://example.org/SPOF001.md"),
            ],
        };
        var chanRoundRobin = new KataGrade(
            "RoundRobin",
            KataGradeStatus.Graded,
            [
                new StepGrade(1, "rotate", "Rotate", 10, 10, [Spec("R1", "Rotates", SpecVerdict.Passed)]),
                new StepGrade(2, "skip", "Skip the unhealthy", 10, 10, [Spec("R2", "Skips", SpecVerdict.Passed)]),
            ],
            [],
            []);
        var chan = Mixed("chan-katas") with
        {
            Katas = [chanHealth, chanRoundRobin, Mixed().Katas[2]],
            Authors = [new Person("Chan Lee", "chan@example.org")],
            IgnoredFiles = [],
            ReviewFlags = [],
            Sandboxed = true,
        };
        var dana = new SubmissionGrade("dana-katas", "/submissions/dana-katas", [], [], [], [], true, TimeSpan.Zero, "no katas folder in the submission");
        return [chan, dana, Mixed(), bo];
    }
}
