using Katas.Tool.Cli;

namespace Katas.Tool.Tests;

public sealed class CommandLineTests
{
    [Fact]
    public void No_arguments_is_the_student_loop()
    {
        var options = CommandLine.Parse([]);

        Assert.Equal(CommandKind.Loop, options.Command);
        Assert.Null(options.Target);
        Assert.False(options.Hint);
    }

    [Fact]
    public void A_target_and_options_are_read_in_any_order()
    {
        var options = CommandLine.Parse(["--hint", "HealthChecker/timeout", "--lang", "ko", "--timeout", "30", "--no-build"]);

        Assert.Equal(CommandKind.Loop, options.Command);
        Assert.Equal("HealthChecker/timeout", options.Target);
        Assert.True(options.Hint);
        Assert.True(options.NoBuild);
        Assert.Equal(Language.Korean, options.Language);
        Assert.Equal(TimeSpan.FromSeconds(30), options.Timeout);
    }

    [Theory]
    [InlineData("check", nameof(CommandKind.Check))]
    [InlineData("list", nameof(CommandKind.List))]
    [InlineData("help", nameof(CommandKind.Help))]
    [InlineData("--help", nameof(CommandKind.Help))]
    public void Commands_are_recognised(string argument, string expected)
    {
        Assert.Equal(Enum.Parse<CommandKind>(expected), CommandLine.Parse([argument]).Command);
    }

    [Theory]
    [InlineData(new[] { "--frobnicate" }, "Unknown option '--frobnicate'")]
    [InlineData(new[] { "--lang", "fr" }, "--lang takes 'en' or 'ko', not 'fr'")]
    [InlineData(new[] { "--timeout", "0" }, "--timeout takes a whole number of seconds")]
    [InlineData(new[] { "--timeout" }, "Required argument missing for option: '--timeout'")]
    [InlineData(new[] { "--reference" }, "Unknown option '--reference'")]
    [InlineData(new[] { "grade" }, "`./kata grade` takes one of: a submission folder, --class <folder>, or --gradescope-package <zip>.")]
    [InlineData(new[] { "grade", "alice", "--class", "class" }, "`./kata grade` takes one of")]
    [InlineData(new[] { "grade", "alice", "--jobs", "2" }, "--jobs goes with --class.")]
    [InlineData(new[] { "grade", "--class", "class", "--jobs", "0" }, "--jobs takes a whole number above 0, not '0'")]
    [InlineData(new[] { "demo", "--seed", "0" }, "--seed takes a whole number above 0, not '0'")]
    [InlineData(new[] { "HealthChecker", "RoundRobin" }, "Unrecognized command or argument 'RoundRobin'")]
    [InlineData(new[] { "check", "HealthChecker" }, "Unrecognized command or argument 'HealthChecker'")]
    public void Mistakes_are_explained(string[] args, string message)
    {
        var exception = Assert.Throws<UsageException>(() => CommandLine.Parse(args));

        Assert.Contains(message, exception.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(new[] { "--lang", "ko", "--frobnicate" }, "'--frobnicate'은(는) 없는 옵션입니다")]
    [InlineData(new[] { "--lang=ko", "--timeout", "0" }, "--timeout에는 1 이상의 정수 초를 주세요. '0'은(는) 안 됩니다.")]
    [InlineData(new[] { "pair", "swap", "--lang:ko" }, "`./kata pair swap`: 페어 명령은 start, next, done, status, stop입니다.")]
    [InlineData(new[] { "--lang", "ko", "HealthChecker", "RoundRobin" }, "사용법은 `./kata --help`로 보세요.")]
    public void With_lang_ko_mistakes_are_explained_in_Korean(string[] args, string message)
    {
        var exception = Assert.Throws<UsageException>(() => CommandLine.Parse(args));

        Assert.Contains(message, exception.Message, StringComparison.Ordinal);
        Assert.DoesNotContain("Run `./kata --help`", exception.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void The_parsers_own_messages_speak_the_students_language_too()
    {
        // System.CommandLine's resources, in the language the student speaks without --lang (KATA_LANG, the system).
        var exception = Assert.Throws<UsageException>(() => CommandLine.Parse(["HealthChecker", "RoundRobin"], Language.Korean));

        Assert.Contains("'RoundRobin'", exception.Message, StringComparison.Ordinal);
        Assert.DoesNotContain("Unrecognized", exception.Message, StringComparison.Ordinal);
        Assert.Contains("사용법은", exception.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void An_explicit_lang_en_wins_over_a_Korean_system()
    {
        var exception = Assert.Throws<UsageException>(() => CommandLine.Parse(["--lang", "en", "--frobnicate"], Language.Korean));

        Assert.Contains("Unknown option '--frobnicate'", exception.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(new[] { "--lang", "ko" }, nameof(Language.Korean))]
    [InlineData(new[] { "check", "--lang=en" }, nameof(Language.English))]
    [InlineData(new[] { "--lang:ko", "--lang", "en" }, nameof(Language.English))]
    [InlineData(new[] { "--lang", "fr" }, null)]
    [InlineData(new[] { "--", "--lang", "ko" }, null)]
    [InlineData(new[] { "--lang" }, null)]
    public void The_language_of_a_command_line_is_read_before_it_is_parsed(string[] args, string? expected)
    {
        Assert.Equal(expected is null ? null : Enum.Parse<Language>(expected), Languages.FromArguments(args));
    }

    [Theory]
    [InlineData(null, "ko-KR", nameof(Language.Korean))]
    [InlineData(null, "en-US", nameof(Language.English))]
    [InlineData(null, "", nameof(Language.English))]
    [InlineData("en", "ko-KR", nameof(Language.English))]
    [InlineData("ko", "en-US", nameof(Language.Korean))]
    public void The_language_comes_from_KATA_LANG_then_the_UI_culture(string? variable, string culture, string expected)
    {
        var language = Languages.FromEnvironment(_ => variable, System.Globalization.CultureInfo.GetCultureInfo(culture));

        Assert.Equal(Enum.Parse<Language>(expected), language);
    }

    [Fact]
    public void Grade_reads_a_class_with_its_reports_folder_and_jobs()
    {
        var options = CommandLine.Parse(["grade", "--class", "submissions", "--out", "grades", "--jobs", "3", "--lang", "ko", "--json"]);

        Assert.Equal(CommandKind.Grade, options.Command);
        Assert.Equal(new GradeRequest(null, "submissions", null, "grades", null, true, 3), options.Grade);
        Assert.Equal(Language.Korean, options.Language);
    }

    [Fact]
    public async Task A_subcommand_has_its_own_generated_help_and_runs_nothing()
    {
        var ran = false;
        var root = CommandLine.Create((_, _) =>
        {
            ran = true;
            return Task.FromResult(0);
        });
        var output = new StringWriter();

        var exitCode = await CommandLine.Parse(root, ["check", "--help"], Language.English)
            .InvokeAsync(new System.CommandLine.InvocationConfiguration { Output = output }, TestContext.Current.CancellationToken);

        Assert.Equal(0, exitCode);
        Assert.False(ran, "--help ran the command instead of describing it.");
        Assert.Contains("--no-build", output.ToString(), StringComparison.Ordinal);
        Assert.Contains(" check [options]", output.ToString(), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("watch")]
    [InlineData("pair")]
    [InlineData("grade")]
    [InlineData("check")]
    [InlineData("demo")]
    [InlineData("export-student")]
    public async Task A_subcommands_help_speaks_Korean_with_lang_ko(string command)
    {
        var output = new StringWriter();
        var root = CommandLine.Create((_, _) => Task.FromResult(0), Language.Korean);
        var parsed = CommandLine.Parse(root, [command, "--help", "--lang", "ko"], Language.English);

        await parsed.InvokeAsync(new System.CommandLine.InvocationConfiguration { Output = output }, TestContext.Current.CancellationToken);

        // Every description line of the help (indented, not the usage line) holds Korean.
        var described = output.ToString().Split('\n').Where(l => l.StartsWith("  ", StringComparison.Ordinal) && l.Trim().Length > 0 && !l.Contains("[options]", StringComparison.Ordinal)).ToArray();
        Assert.NotEmpty(described);
        Assert.All(described, line => Assert.Matches(@"\p{IsHangulSyllables}", line));
    }

    [Fact]
    public async Task A_Korean_help_leaves_the_next_English_one_English()
    {
        CommandLine.Create((_, _) => Task.FromResult(0), Language.Korean);
        var output = new StringWriter();
        var root = CommandLine.Create((_, _) => Task.FromResult(0));

        await CommandLine.Parse(root, ["watch", "--help"], Language.English)
            .InvokeAsync(new System.CommandLine.InvocationConfiguration { Output = output }, TestContext.Current.CancellationToken);

        Assert.Contains("Run the loop again on every save of a kata file", output.ToString(), StringComparison.Ordinal);
        Assert.DoesNotMatch(@"\p{IsHangulSyllables}", output.ToString());
    }

    [Fact]
    public async Task Shells_get_completions_for_the_commands()
    {
        var root = CommandLine.Create((_, _) => Task.FromResult(0));
        var output = new StringWriter();

        await CommandLine.Parse(root, ["[suggest:7]", "kata ch"], Language.English)
            .InvokeAsync(new System.CommandLine.InvocationConfiguration { Output = output }, TestContext.Current.CancellationToken);

        Assert.Contains("check", output.ToString().Split('\n', StringSplitOptions.TrimEntries));
    }
}
