using System.Diagnostics;
using Katas.Tool.Grading.Model;
using static Katas.Tool.Grading.Tests.FairGradingTests;

namespace Katas.Tool.Grading.Tests;

/// <summary>
/// Submissions that try to break, fool or harm the grader. Each gets the grade its code earns, is flagged
/// where its code uses what no kata needs, and leaves the grader, the machine and other submissions as
/// they were. Most start from the reference solution and break one step (step 5, the smooth weighted
/// balancer of RoundRobin) so that the test also sees the other steps still graded.
/// </summary>
public sealed class HostileSubmissionTests(GradingFixture grading)
{
    private const string Kata = "RoundRobin";

    /// <summary>The start of SmoothWeightedBalancer.TryPick (step 5) in the solution: its second TryPick.</summary>
    private const string Step5Method = "public bool TryPick(";

    private const string Step1Stub = "throw new NotImplementedException(\"Step 1: write RoundRobinBalancer.TryPick.";

    [Fact]
    public async Task An_endless_loop_in_one_step_costs_that_step_only()
    {
        var grade = await GradeSolutionWithStep5Doing("while (Environment.TickCount64 != 0) { }");

        AssertOnlyStep5Lost(grade);

        // The run was stopped: by the runner's limit for one spec ("a loop that never ends?"), or it ended
        // on its own once the specs' bounded calls had given up on the spinning threads. Either way it is said.
        Assert.False(string.IsNullOrEmpty(Step(grade, 5).Problem), "Step 5's run was stopped, and the report does not say why.");
    }

    [Fact]
    public async Task Environment_Exit_in_a_stub_costs_that_step_and_is_flagged()
    {
        var grade = await GradeSolutionWithStep5Doing("Environment.Exit(0);");

        AssertOnlyStep5Lost(grade);
        AssertFlagged(grade, "System.Environment.Exit");
    }

    [Fact]
    public async Task A_stack_overflow_costs_that_step_only()
    {
        var grade = await GradeSolutionWithStep5Doing("return TryPick(out replica);", occurrence: 2);

        AssertOnlyStep5Lost(grade);
    }

    [Fact]
    public async Task Child_processes_die_with_the_run()
    {
        var marker = "3599." + Random.Shared.Next(100000, 999999);

        var grade = await GradeSolutionWithStep5Doing($"System.Diagnostics.Process.Start(\"/usr/bin/sleep\", \"{marker}\"); while (Environment.TickCount64 != 0) {{ }}");

        AssertOnlyStep5Lost(grade);
        AssertFlagged(grade, "System.Diagnostics.Process");
        Assert.DoesNotContain(await ProcessListAsync(), line => line.Contains(marker, StringComparison.Ordinal));
    }

    [Fact]
    public async Task A_stub_cannot_write_into_the_graders_folders()
    {
        var target = Path.Combine(grading.Layout.KatasDirectory, $"written-by-a-submission-{Guid.NewGuid():N}.txt");
        var code = $"try {{ System.IO.File.WriteAllText(@\"{target}\", \"pwned\"); }} catch (Exception) {{ }}";

        var grade = await GradeSolutionWithStep5Doing(code + " while (Environment.TickCount64 != 0) { }");

        Assert.False(File.Exists(target), "A submission wrote into the grader's checkout.");
        AssertFlagged(grade, "System.IO.File.WriteAllText");
    }

    [Fact]
    public async Task A_stub_cannot_read_the_reference_solutions()
    {
        var solution = Path.Combine(grading.Layout.SolutionsDirectory, Kata, Kata + ".cs");
        using var submission = new TestSubmission().WithKata(Kata, grading.Starter(Kata).BeforeStub(Step1Stub, $"_ = System.IO.File.ReadAllText(@\"{solution}\");"));

        var grade = await grading.GradeAsync(submission);

        Assert.Equal(0, FairGradingTests.Kata(grade, Kata).Score);
        var message = Step(grade, 1).Specs.First().Message ?? "";
        Assert.True(message.Contains("Could not find", StringComparison.Ordinal), $"Reading the solutions gave: {message}");
    }

    [Fact]
    public async Task A_hundred_megabytes_of_output_is_stopped_and_costs_that_step_only()
    {
        var grade = await GradeSolutionWithStep5Doing("var line = new string('x', 1000); for (var i = 0; i < 100_000; i++) { Console.WriteLine(line); }");

        AssertOnlyStep5Lost(grade);
        Assert.Contains("printed more than", Step(grade, 5).Problem, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Allocating_without_bound_fails_that_step_only()
    {
        var grade = await GradeSolutionWithStep5Doing("var hoard = new List<byte[]>(); while (true) { hoard.Add(new byte[1 << 20]); hoard[^1][0] = 1; }");

        AssertOnlyStep5Lost(grade);
    }

    [Fact]
    public async Task A_module_initializer_that_forges_the_results_never_runs()
    {
        // Writes an all-passed results file where the runner would, prints a fake summary and ends the process.
        var forger = """
            static class Forger
            {
                [System.Runtime.CompilerServices.ModuleInitializer]
                internal static void Forge()
                {
                    var arguments = Environment.GetCommandLineArgs();
                    var at = Array.IndexOf(arguments, "-result-xml");
                    if (at > 0)
                    {
                        System.IO.File.WriteAllText(arguments[at + 1], "<assemblies><assembly><collection><test name=\"x\" type=\"x\" method=\"x\" result=\"Pass\" /></collection></assembly></assemblies>");
                    }

                    Console.WriteLine("=== TEST EXECUTION SUMMARY ===");
                    Console.WriteLine("   RoundRobin.Specs  Total: 1, Errors: 0, Failed: 0, Skipped: 0, Not Run: 0, Time: 0.1s");
                    Environment.Exit(0);
                }
            }
            """;
        using var submission = new TestSubmission().WithKata(Kata, grading.Starter(Kata).WithClass(forger));

        var grade = await grading.GradeAsync(submission);

        Assert.Equal(0, FairGradingTests.Kata(grade, Kata).Score);
        Assert.All(FairGradingTests.Kata(grade, Kata).Steps, step => Assert.All(step.Specs, spec => Assert.Equal(SpecVerdict.Failed, spec.Verdict)));
        AssertFlagged(grade, "[ModuleInitializer]");
    }

    [Fact]
    public async Task A_changed_spec_file_is_listed_and_not_used()
    {
        var spec = Directory.EnumerateFiles(Path.Combine(grading.Layout.TestsDirectory, Kata + ".Specs"), "Step1_*.cs").Single();
        var relative = grading.Layout.Relative(spec);
        using var submission = new TestSubmission()
            .WithKata(Kata, grading.Starter(Kata))
            .With(relative, "namespace Katas.RoundRobin.Specs;\n[Katas.Specs.Step(1)]\npublic class Step1 { [Fact] public void Passes() { } }\n");

        var grade = await grading.GradeAsync(submission);

        Assert.Equal(0, FairGradingTests.Kata(grade, Kata).Score);
        Assert.Contains(grade.IgnoredFiles, f => f.Path == relative && f.Change == FileChange.Changed);
    }

    [Fact]
    public async Task A_project_file_with_an_Exec_target_is_listed_and_never_built()
    {
        var marker = Path.Combine(Path.GetTempPath(), $"exec-target-ran-{Guid.NewGuid():N}");
        var project = $"""
            <Project Sdk="Microsoft.NET.Sdk">
              <Target Name="Own" BeforeTargets="Build"><Exec Command="touch {marker}" /></Target>
            </Project>
            """;
        using var submission = new TestSubmission()
            .WithKata(Kata, grading.Solution(Kata))
            .With($"katas/{Kata}/{Kata}.csproj", project);

        var grade = await grading.GradeAsync(submission);

        Assert.Equal(100, FairGradingTests.Kata(grade, Kata).Score);
        Assert.False(File.Exists(marker), "The submission's own build target ran.");
        Assert.Contains(grade.IgnoredFiles, f => f.Path == $"katas/{Kata}/{Kata}.csproj" && f.Change == FileChange.Changed);
    }

    [Fact]
    public async Task A_link_out_of_the_submission_is_refused()
    {
        var solution = Path.Combine(grading.Layout.SolutionsDirectory, Kata, Kata + ".cs");
        using var submission = new TestSubmission().WithLink($"katas/{Kata}/{Kata}.cs", solution);

        var grade = await grading.GradeAsync(submission);

        Assert.Equal(KataGradeStatus.Missing, FairGradingTests.Kata(grade, Kata).Status);
        Assert.Equal(0, grade.Score);
        Assert.Contains(grade.IgnoredFiles, f => f.Path == $"katas/{Kata}/{Kata}.cs" && f.Change == FileChange.Refused && f.Reason!.Contains("link", StringComparison.Ordinal));
    }

    [Fact]
    public async Task The_sandbox_has_no_network_but_its_own_loopback()
    {
        Assert.SkipUnless(grading.Sandbox.Isolates, "No sandbox on this machine: " + grading.Sandbox.Description);
        var look = "throw new InvalidOperationException(\"interfaces: \" + string.Join(\",\", System.IO.File.ReadAllLines(\"/proc/net/dev\").Skip(2).Select(l => l.Split(':')[0].Trim())));";
        using var submission = new TestSubmission().WithKata(Kata, grading.Starter(Kata).BeforeStub(Step1Stub, look));

        var grade = await grading.GradeAsync(submission);

        var message = Step(grade, 1).Specs.First().Message ?? "";
        Assert.Contains("interfaces: lo", message, StringComparison.Ordinal);
        Assert.DoesNotContain("interfaces: lo,", message, StringComparison.Ordinal);
    }

    private async Task<SubmissionGrade> GradeSolutionWithStep5Doing(string code, int occurrence = 2)
    {
        using var submission = new TestSubmission().WithKata(Kata, grading.Solution(Kata).AtStartOf(Step5Method, code, occurrence));
        return await grading.GradeAsync(submission);
    }

    private static StepGrade Step(SubmissionGrade grade, int number) => FairGradingTests.Kata(grade, Kata).Steps.Single(s => s.Number == number);

    private static void AssertOnlyStep5Lost(SubmissionGrade grade)
    {
        var kata = FairGradingTests.Kata(grade, Kata);
        Assert.Equal(KataGradeStatus.Graded, kata.Status);
        foreach (var step in kata.Steps.Where(s => s.Number < 5))
        {
            Assert.True(step.Points == step.MaxPoints, $"Step {step.Number} lost points for step 5's fault: {step.Points}/{step.MaxPoints}. {step.Problem}");
        }

        Assert.True(Step(grade, 5).Points < Step(grade, 5).MaxPoints, "Step 5 kept its points.");
    }

    private static void AssertFlagged(SubmissionGrade grade, string api) =>
        Assert.True(grade.ReviewFlags.Any(f => f.Api.Contains(api, StringComparison.Ordinal)), $"Not flagged for {api}: {string.Join("; ", grade.ReviewFlags.Select(f => f.Api))}");

    private static async Task<string[]> ProcessListAsync()
    {
        var outcome = await Katas.Tool.Running.ProcessRunner.RunAsync(new Katas.Tool.Running.ProcessSpec("ps", ["-eo", "args"], "/", TimeSpan.FromSeconds(20)));
        return outcome.Output.Split('\n');
    }
}
