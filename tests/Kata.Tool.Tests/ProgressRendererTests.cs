using Katas.Tool.Building;
using Katas.Tool.Cli;
using Katas.Tool.Progress;
using Katas.Tool.Rendering;
using Katas.Tool.Running;

namespace Katas.Tool.Tests;

public sealed class ProgressRendererTests
{
    private const string Guide = """
        # HealthChecker

        ## Step 1: One HTTP probe

        Probe one target.

        ### Hints

        1. Use GetAsync.

        ## Step 2: Timeouts

        Time out.

        ### Hints

        1. Use a CancellationTokenSource with the TimeProvider.
        2. Catch only the timeout.

        ## Step 3: Thresholds

        Count runs.
        """;

    [Fact]
    public void The_current_step_shows_its_title_guide_line_goal_first_failure_and_where_to_look()
    {
        using var repository = new TempRepository();
        repository.Write("katas/HealthChecker/README.md", Guide);
        var failure = Results.Failed(2, "Times_out", "Assert.Equal() Failure: Strings differ\nExpected: \"timed out after 1s\"",
            $"   at Katas.HealthChecker.Specs.Step2.Times_out() in {repository.Root}/tests/HealthChecker.Specs/Step2_Timeout.cs:line 32");
        var run = Results.Completed(Results.Passed(1), failure, Results.Failed(2, "Cancels"), Results.Skipped(3));

        var output = Render(repository, r => r.Focus(KataProgress.FromRun(Catalogs.HealthChecker, run, []), showHints: false));

        Assert.Contains("✔  1 probe", output, StringComparison.Ordinal);
        Assert.Contains("▶  2 timeout", output, StringComparison.Ordinal);
        Assert.Contains("·  3 thresholds", output, StringComparison.Ordinal);
        Assert.Contains("HealthChecker · Step 2: Timeouts", output, StringComparison.Ordinal);
        Assert.Contains("Guide: katas/HealthChecker/README.md:11", output, StringComparison.Ordinal);
        Assert.Contains("Goal: Time out.", output, StringComparison.Ordinal);
        Assert.Contains("✘ Times out", output, StringComparison.Ordinal);
        Assert.Contains("Expected: \"timed out after 1s\"", output, StringComparison.Ordinal);
        Assert.Contains("→ the spec: tests/HealthChecker.Specs/Step2_Timeout.cs:32", output, StringComparison.Ordinal);
        Assert.Contains("Also failing in this step (1):", output, StringComparison.Ordinal);
        Assert.Contains("✘ Cancels", output, StringComparison.Ordinal);
        Assert.Contains("`./kata --hint`", output, StringComparison.Ordinal);
        Assert.DoesNotContain("Use a CancellationTokenSource", output, StringComparison.Ordinal);
    }

    [Fact]
    public void Hints_are_shown_on_request_only_for_the_current_step()
    {
        using var repository = new TempRepository();
        repository.Write("katas/HealthChecker/README.md", Guide);
        var run = Results.Completed(Results.Passed(1), Results.Failed(2), Results.Skipped(3));

        var output = Render(repository, r => r.Focus(KataProgress.FromRun(Catalogs.HealthChecker, run, []), showHints: true));

        Assert.Contains("1. Use a CancellationTokenSource with the TimeProvider.", output, StringComparison.Ordinal);
        Assert.Contains("2. Catch only the timeout.", output, StringComparison.Ordinal);
        Assert.DoesNotContain("Use GetAsync", output, StringComparison.Ordinal);
    }

    [Fact]
    public void Compile_errors_are_listed_with_file_and_line_instead_of_steps()
    {
        using var repository = new TempRepository();
        var error = new BuildDiagnostic(DiagnosticSeverity.Error, "CS1002", "; expected", Path.Combine(repository.Root, "katas/HealthChecker/HealthChecker.cs"), 41, 9, null);

        var output = Render(repository, r => r.Focus(KataProgress.NotCompiling(Catalogs.HealthChecker, [error], []), showHints: false));

        Assert.Contains("HealthChecker does not compile. Fix these first:", output, StringComparison.Ordinal);
        Assert.Contains("✘ katas/HealthChecker/HealthChecker.cs:41: CS1002: ; expected", output, StringComparison.Ordinal);
        Assert.DoesNotContain("Step 1", output, StringComparison.Ordinal);
    }

    [Fact]
    public void A_run_that_timed_out_names_the_spec_that_was_running()
    {
        using var repository = new TempRepository();
        var run = new SpecRun(SpecRunStatus.TimedOut, [], "Stopped", "Katas.HealthChecker.Specs.Step4.Hangs") { TimeLimit = TimeSpan.FromSeconds(120) };

        var output = Render(repository, r => r.Focus(KataProgress.FromRun(Catalogs.HealthChecker, run, []), showHints: false));

        Assert.Contains("did not finish within 120s", output, StringComparison.Ordinal);
        Assert.Contains("It was running: Katas.HealthChecker.Specs.Step4.Hangs", output, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(nameof(Language.English), "The specs of HealthChecker stopped without results:", "  Exit code 134 and no results.")]
    [InlineData(nameof(Language.Korean), "HealthChecker의 스펙이 결과 없이 멈췄습니다:", "  결과 없이 끝났습니다 (종료 코드 134).")]
    public void A_run_that_crashed_says_so_in_the_students_language_and_quotes_the_process(string language, string headline, string why)
    {
        using var repository = new TempRepository();
        var run = new SpecRun(SpecRunStatus.Crashed, [], "Exit code 134 and no results.\nStack overflow.\n   at Katas.HealthChecker.Probe()")
        {
            ExitCode = 134,
            ProcessLines = ["Stack overflow.", "   at Katas.HealthChecker.Probe()"],
        };

        var output = Render(repository, r => r.Focus(KataProgress.FromRun(Catalogs.HealthChecker, run, []), showHints: false), Enum.Parse<Language>(language));

        Assert.Contains($"{headline}\n{why}\n  Stack overflow.\n     at Katas.HealthChecker.Probe()\n", output.ReplaceLineEndings("\n"), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(nameof(Language.English), "Stopped: it printed more than 16 MB.")]
    [InlineData(nameof(Language.Korean), "출력이 16 MB를 넘어 중단했습니다.")]
    public void A_run_that_printed_too_much_says_so_in_the_students_language(string language, string why)
    {
        using var repository = new TempRepository();
        var run = new SpecRun(SpecRunStatus.Crashed, [], "Stopped: it printed more than 16 MB.") { OutputLimitMegabytes = 16 };

        var output = Render(repository, r => r.Focus(KataProgress.FromRun(Catalogs.HealthChecker, run, []), showHints: false), Enum.Parse<Language>(language));

        Assert.Contains("  " + why, output, StringComparison.Ordinal);
        Assert.Equal(language == nameof(Language.English), output.Contains("Stopped:", StringComparison.Ordinal));
    }

    [Fact]
    public void Spof_warnings_in_the_students_code_are_shown()
    {
        using var repository = new TempRepository();
        var warning = new BuildDiagnostic(DiagnosticSeverity.Warning, "SPOF001", "'http://10.0.0.5/' is one hardcoded endpoint", Path.Combine(repository.Root, "katas/HealthChecker/HealthChecker.cs"), 12, 5, null);
        var run = Results.Completed(Results.Failed(1));

        var output = Render(repository, r => r.Focus(KataProgress.FromRun(Catalogs.HealthChecker, run, [warning]), showHints: false));

        Assert.Contains("⚠ katas/HealthChecker/HealthChecker.cs:12: SPOF001: 'http://10.0.0.5/' is one hardcoded endpoint", output, StringComparison.Ordinal);
    }

    [Fact]
    public void The_summary_has_one_line_per_kata()
    {
        using var repository = new TempRepository();
        var done = KataProgress.FromRun(Catalogs.HealthChecker, Results.Completed(Results.Passed(1), Results.Passed(2), Results.Passed(3)), []);
        var current = KataProgress.FromRun(Catalogs.RoundRobin, Results.Completed(Results.Passed(1), Results.Failed(2)), []);

        var output = Render(repository, r => r.Summary([done, current]));

        Assert.Contains("HealthChecker  [■■■] 3/3  ✔ done", output, StringComparison.Ordinal);
        Assert.Contains("RoundRobin     [■·] 1/2  ▶ step 2 · empty-pool", output, StringComparison.Ordinal);
    }

    [Fact]
    public void Korean_text_is_used_for_a_Korean_student()
    {
        using var repository = new TempRepository();
        repository.Write("katas/HealthChecker/README.ko.md", "## 1단계: HTTP 프로브 하나\n\n대상 하나를 프로브합니다.\n");
        var run = Results.Completed(Results.Failed(1), Results.Skipped(2), Results.Skipped(3));

        var output = Render(repository, r => r.Focus(KataProgress.FromRun(Catalogs.HealthChecker, run, []), showHints: false), Language.Korean);

        Assert.Contains("HealthChecker · 1단계: HTTP 프로브 하나", output, StringComparison.Ordinal);
        Assert.Contains("가이드: katas/HealthChecker/README.ko.md:1", output, StringComparison.Ordinal);
        Assert.Contains("목표: 대상 하나를 프로브합니다.", output, StringComparison.Ordinal);
    }

    private static string Render(TempRepository repository, Action<ProgressRenderer> render, Language language = Language.English)
    {
        using var writer = new StringWriter();
        render(new ProgressRenderer(new Terminal(writer, color: false), Texts.For(language), language, repository.Layout));
        return writer.ToString();
    }
}
