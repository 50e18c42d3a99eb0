using System.Text.RegularExpressions;

namespace Katas.Tool.Tests;

/// <summary>
/// The student loop, run for real (`dotnet run --project tools/Kata`) on a fresh copy of the repository:
/// what a student sees after cloning, after finishing a kata, after breaking the build.
/// </summary>
public sealed partial class StudentLoopTests(RepositoryCopy repository) : IClassFixture<RepositoryCopy>
{
    private const string StudentFile = "katas/HealthChecker/HealthChecker.cs";

    [Fact]
    public async Task A_fresh_clone_shows_kata_1_step_1_with_its_failure()
    {
        var outcome = await repository.KataAsync();

        Assert.Equal(1, outcome.ExitCode);
        Assert.Contains("▶ step 1 · probe", outcome.Output, StringComparison.Ordinal);
        Assert.Contains("HealthChecker · Step 1: One HTTP probe", outcome.Output, StringComparison.Ordinal);
        Assert.Contains("Guide: katas/HealthChecker/README.md:", outcome.Output, StringComparison.Ordinal);
        Assert.Contains("NotImplementedException: Step 1: write HttpProbe.ProbeAsync.", outcome.Output, StringComparison.Ordinal);
        Assert.Matches(YourCodeLine(), outcome.Output);
        Assert.Contains("→ the spec: tests/HealthChecker.Specs/Step1_OneProbe.cs:", outcome.Output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Replacing_the_starter_file_by_the_solution_turns_exactly_that_kata_green()
    {
        var before = SummaryLines((await repository.KataAsync()).Output);

        var outcome = await WithStudentFileAsync(
            File.ReadAllText(repository.PathOf("solutions/HealthChecker/HealthChecker.cs")),
            () => repository.KataAsync());

        var after = SummaryLines(outcome.Output);
        Assert.Matches(@"HealthChecker\s+\[■+\] 7/7\s+✔ done", after["HealthChecker"]);
        foreach (var (kata, line) in before.Where(k => k.Key != "HealthChecker"))
        {
            Assert.Equal(line, after[kata]);
        }

        Assert.Equal(after.Values.All(l => l.Contains("✔ done", StringComparison.Ordinal)) ? 0 : 1, outcome.ExitCode);
    }

    [Fact]
    public async Task A_file_that_does_not_compile_shows_the_compiler_errors_with_file_and_line()
    {
        var starter = File.ReadAllText(repository.PathOf(StudentFile));

        var outcome = await WithStudentFileAsync(starter + "\nclass Broken { void M() { int x = } }\n", () => repository.KataAsync());

        Assert.Equal(1, outcome.ExitCode);
        Assert.Contains("✘ does not compile", outcome.Output, StringComparison.Ordinal);
        Assert.Contains("HealthChecker does not compile. Fix these first:", outcome.Output, StringComparison.Ordinal);
        Assert.Matches(@"✘ katas/HealthChecker/HealthChecker\.cs:\d+: CS1525: ", outcome.Output);
        Assert.DoesNotContain("Unhandled exception", outcome.Output + outcome.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_hardcoded_endpoint_in_the_students_code_is_a_SPOF001_warning_in_the_loop_and_the_build()
    {
        var starter = File.ReadAllText(repository.PathOf(StudentFile));
        var withSpof = starter + "\nstatic class Backends\n{\n    public static System.Uri Primary() => new System.Uri(\"http://10.0.0.5:8080/\");\n}\n";

        var (loop, build) = await WithStudentFileAsync(withSpof, async () =>
            (await repository.KataAsync("HealthChecker"),
             await repository.DotnetAsync(["build", "katas/HealthChecker", "--no-incremental", "-nologo", "-tl:off"], new Dictionary<string, string?> { ["DOTNET_CLI_UI_LANGUAGE"] = "ko-KR" })));

        // The analyzer loaded in the SDK's compiler: its warning is in the build, in Korean for a Korean UI.
        Assert.Matches(@"katas/HealthChecker/HealthChecker\.cs\(\d+,\d+\): warning SPOF001: 'http://10\.0\.0\.5:8080/'은\(는\) 하드코딩된 엔드포인트", build.Output);
        Assert.Matches(@"⚠ katas/HealthChecker/HealthChecker\.cs:\d+: SPOF001: 'http://10\.0\.0\.5:8080/' is one hardcoded endpoint", loop.Output);
    }

    [Fact]
    public async Task A_spec_that_never_ends_is_stopped_by_itself_and_named()
    {
        const string Stub = "throw new NotImplementedException(\"Step 1: write HttpProbe.ProbeAsync.";
        var starter = File.ReadAllText(repository.PathOf(StudentFile));
        Assert.Contains(Stub, starter, StringComparison.Ordinal);
        var looping = starter.Replace(Stub, "Forever.Loop<Task<ProbeResult>>(\"", StringComparison.Ordinal)
            + "\nstatic class Forever\n{\n    public static T Loop<T>(string _)\n    {\n        while (true)\n        {\n        }\n    }\n}\n";

        // The whole run may take 40s; the one spec that loops is stopped after a quarter of that.
        var outcome = await WithStudentFileAsync(looping, () => repository.KataAsync("HealthChecker", "--timeout", "40"));

        Assert.Equal(1, outcome.ExitCode);
        Assert.Contains("A spec of HealthChecker ran for more than 10s and was stopped.", outcome.Output, StringComparison.Ordinal);
        Assert.Contains("It was running: Katas.HealthChecker.Specs.Step1_OneProbe.", outcome.Output, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("NoSuchKata", "There is no kata 'NoSuchKata'.")]
    [InlineData("HealthChecker/no-such-step", "HealthChecker has no step 'no-such-step'. Its steps: 1 (probe)")]
    [InlineData("--timeout", "Required argument missing for option: '--timeout'.")]
    public async Task A_wrong_kata_or_step_is_a_clear_message_and_exit_code_2(string argument, string message)
    {
        var outcome = await repository.KataAsync(argument);

        Assert.Equal(2, outcome.ExitCode);
        Assert.Contains(message, outcome.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Plain_dotnet_test_at_the_root_shows_the_current_step_failures_of_the_four_katas_and_nothing_else()
    {
        var outcome = await repository.DotnetAsync(["test"]);

        Assert.NotEqual(0, outcome.ExitCode);
        var failed = FailedSpec().Matches(outcome.Output).Select(m => (Kata: m.Groups["kata"].Value, Step: m.Groups["step"].Value)).ToArray();
        Assert.True(failed.Length > 0, $"`dotnet test` (exit code {outcome.ExitCode}) named no failed spec:\n{outcome.Output}\n{outcome.Error}");
        Assert.Equal(["DriftChecker", "HealthChecker", "RoundRobin", "Scaler"], failed.Select(f => f.Kata).Distinct().Order(StringComparer.Ordinal));
        Assert.All(failed, f => Assert.Equal("1", f.Step));

        // Locked specs are not reported at all, and nothing of the maintainers' runs.
        Assert.DoesNotMatch(@"(?m)^skipped ", outcome.Output);
        Assert.Matches($@"(?m)^\s*total: {failed.Length}\s*$", outcome.Output);
        Assert.DoesNotContain(".Specs.Solution", outcome.Output, StringComparison.Ordinal);
        Assert.DoesNotContain(".Tests.dll", outcome.Output, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("en", "The sale day runs on your four katas, and some are not written yet:", "Run ./kata to see the next step.")]
    [InlineData("ko", "세일 날은 네 카타로 돌아가는데, 아직 작성하지 않은 부분이 있습니다:", "./kata로 다음 단계를 보세요.")]
    public async Task The_sale_day_on_the_starter_names_the_katas_still_missing_instead_of_crashing(string language, string missing, string next)
    {
        var outcome = await repository.KataInAsync(language, "demo", "--no-live");

        Assert.Equal(1, outcome.ExitCode);
        Assert.Contains(missing, outcome.Output, StringComparison.Ordinal);
        Assert.Contains(next, outcome.Output, StringComparison.Ordinal);
        foreach (var kata in new[] { "HealthChecker", "RoundRobin", "Scaler", "DriftChecker" })
        {
            Assert.Contains($"  - {kata}: Step 1: write ", outcome.Output, StringComparison.Ordinal);
        }

        Assert.DoesNotContain("Unhandled exception", outcome.Output + outcome.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_kata_that_does_not_compile_stops_the_sale_day_with_the_compilers_errors_in_korean()
    {
        var starter = File.ReadAllText(repository.PathOf(StudentFile));

        var outcome = await WithStudentFileAsync(starter + "\nclass Broken { void M() { int x = } }\n", () => repository.KataInAsync("ko", "demo", "--no-live"));

        Assert.Equal(1, outcome.ExitCode);
        Assert.Contains("세일 날은 네 카타가 모두 컴파일되어야 실행됩니다. 먼저 이 오류를 고치세요:", outcome.Output, StringComparison.Ordinal);
        Assert.Matches(@"✘ katas/HealthChecker/HealthChecker\.cs:\d+: CS1525: .*\p{IsHangulSyllables}", outcome.Output);
    }

    [Fact]
    public async Task A_second_run_runs_again_only_the_kata_being_worked_on_and_the_katas_that_changed()
    {
        var before = SummaryLines((await repository.KataAsync()).Output);
        var first = ResultsWritten();

        // No edit: the kata being worked on (the first not complete) runs again, the others are not run.
        var again = SummaryLines((await repository.KataAsync()).Output);
        var second = ResultsWritten();

        // An edit of another kata: that one runs again too.
        var scaler = repository.PathOf("katas/Scaler/Scaler.cs");
        var original = await File.ReadAllTextAsync(scaler, TestContext.Current.CancellationToken);
        await File.WriteAllTextAsync(scaler, original + "\n// an edit\n", TestContext.Current.CancellationToken);
        Dictionary<string, string> edited;
        try
        {
            edited = SummaryLines((await repository.KataAsync()).Output);
        }
        finally
        {
            await File.WriteAllTextAsync(scaler, original, CancellationToken.None);
        }

        var third = ResultsWritten();
        Assert.Equal(before, again);
        Assert.Equal(before, edited);
        Assert.True(second["HealthChecker"] > first["HealthChecker"], "the kata being worked on was not run again");
        Assert.Equal(first["RoundRobin"], second["RoundRobin"]);
        Assert.Equal(first["Scaler"], second["Scaler"]);
        Assert.Equal(first["DriftChecker"], second["DriftChecker"]);
        Assert.True(third["Scaler"] > second["Scaler"], "the edited kata was not run again");
        Assert.Equal(second["RoundRobin"], third["RoundRobin"]);
        Assert.Equal(second["DriftChecker"], third["DriftChecker"]);
    }

    /// <summary>When each kata's specs last wrote their results file.</summary>
    private Dictionary<string, DateTime> ResultsWritten() =>
        new[] { "HealthChecker", "RoundRobin", "Scaler", "DriftChecker" }.ToDictionary(
            kata => kata,
            kata => File.GetLastWriteTimeUtc(repository.PathOf($".kata/results/{kata}.Specs.xml")));

    private async Task<T> WithStudentFileAsync<T>(string content, Func<Task<T>> run)
    {
        var path = repository.PathOf(StudentFile);
        var original = await File.ReadAllTextAsync(path, TestContext.Current.CancellationToken);
        await File.WriteAllTextAsync(path, content, TestContext.Current.CancellationToken);
        try
        {
            return await run();
        }
        finally
        {
            await File.WriteAllTextAsync(path, original, CancellationToken.None);
        }
    }

    /// <summary>The summary's line of each kata: "  1 HealthChecker  [·······] 0/7  ▶ step 1 · probe".</summary>
    private static Dictionary<string, string> SummaryLines(string output) =>
        SummaryLine().Matches(output).ToDictionary(m => m.Groups["kata"].Value, m => m.Value.Trim());

    [GeneratedRegex(@"^\s*\d+ (?<kata>[A-Z][A-Za-z0-9]+)\s+\[[■·]+\].*$", RegexOptions.Multiline)]
    private static partial Regex SummaryLine();

    [GeneratedRegex(@"→ your code: katas/HealthChecker/HealthChecker\.cs:\d+")]
    private static partial Regex YourCodeLine();

    [GeneratedRegex(@"^failed Katas\.(?<kata>[A-Za-z]+)\.Specs\.Step(?<step>\d+)_", RegexOptions.Multiline)]
    private static partial Regex FailedSpec();
}
