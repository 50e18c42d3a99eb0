namespace Katas.Tool.Tests;

/// <summary>
/// `kata pair` on real git repositories (a bare remote and clones): the handover, the squash with both
/// names, and every refusal with its exit code and nothing changed. The terminal side (the timer, the
/// announcements on screen) is in tests/terminal/pair-session.sh.
/// </summary>
public sealed class PairCommandTests : IDisposable
{
    private const string Ana = "Ana <ana@example.com>";
    private const string Min = "Min <min@example.com>";

    private readonly PairRepositories _repositories = new();

    public void Dispose() => _repositories.Dispose();

    [Fact]
    public void A_handover_carries_the_work_and_the_roles_and_done_squashes_it_with_both_names()
    {
        var ana = _repositories.Clone("Ana", "ana@example.com");
        var min = _repositories.Clone("Min", "min@example.com");
        var before = (PairRepositories.State(ana), PairRepositories.State(min));

        Assert.Equal(0, PairRepositories.Kata(ana, "pair", "start", "--driver", Ana, "--navigator", Min, "--minutes", "30").ExitCode);
        File.AppendAllText(Path.Combine(ana, "katas", "notes.txt"), "Ana's line\n");
        var handedOver = PairRepositories.Kata(ana, "pair", "next");
        Assert.Equal(0, handedOver.ExitCode);
        Assert.Contains("Min drives, 🧭 Ana navigates.", handedOver.Output, StringComparison.Ordinal);

        var joined = PairRepositories.Kata(min, "pair", "start");
        Assert.Equal(0, joined.ExitCode);
        Assert.Contains("Min drives, 🧭 Ana navigates.", joined.Output, StringComparison.Ordinal);
        Assert.Contains("Ana's line", File.ReadAllText(Path.Combine(min, "katas", "notes.txt")), StringComparison.Ordinal);

        // Min commits on his own: the hook credits Ana.
        File.AppendAllText(Path.Combine(min, "katas", "notes.txt"), "Min's line\n");
        PairRepositories.Git(min, "commit", "--quiet", "-am", "Min's step");
        Assert.Contains("Co-authored-by: Ana <ana@example.com>", PairRepositories.Git(min, "log", "-1", "--format=%B"), StringComparison.Ordinal);

        var done = PairRepositories.Kata(min, "pair", "done");
        Assert.Equal(0, done.ExitCode);
        Assert.Equal("main", PairRepositories.Git(min, "symbolic-ref", "--short", "HEAD"));
        Assert.Equal(2, int.Parse(PairRepositories.Git(min, "rev-list", "--count", "HEAD"), System.Globalization.CultureInfo.InvariantCulture));
        var commit = PairRepositories.Git(min, "log", "-1", "--format=%an <%ae>%n%B");
        Assert.StartsWith("Min <min@example.com>", commit, StringComparison.Ordinal);
        Assert.Contains("Co-authored-by: Ana <ana@example.com>", commit, StringComparison.Ordinal);
        Assert.Equal("the kata\nAna's line\nMin's line\n", File.ReadAllText(Path.Combine(min, "katas", "notes.txt")).ReplaceLineEndings("\n"));
        Assert.Equal("", PairRepositories.Git(min, "ls-remote", "--heads", "origin", "kata-pair/main"));

        var stopped = PairRepositories.Kata(ana, "pair", "stop");
        Assert.Equal(0, stopped.ExitCode);
        Assert.Contains("back on main", stopped.Output, StringComparison.Ordinal);
        PairRepositories.Git(min, "push", "--quiet", "origin", "main");
        PairRepositories.Git(ana, "pull", "--quiet", "--ff-only");
        PairRepositories.Git(min, "fetch", "--quiet", "--prune");
        PairRepositories.Git(ana, "fetch", "--quiet", "--prune");

        // Hooks and config as before: only the commit the pair made differs, here and on the remote.
        Assert.Equal(Without(before.Item1, 1, 4), Without(PairRepositories.State(ana), 1, 4));
        Assert.Equal(Without(before.Item2, 1, 4), Without(PairRepositories.State(min), 1, 4));
        Assert.EndsWith("refs/heads/main", PairRepositories.Git(ana, "ls-remote", "--heads", "origin"), StringComparison.Ordinal);
    }

    [Fact]
    public void An_unknown_name_is_exit_code_2_with_how_to_give_it_and_nothing_changes()
    {
        var ana = _repositories.Clone("Ana", "ana@example.com");
        var before = PairRepositories.State(ana);

        var outcome = PairRepositories.Kata(ana, "pair", "start", "--driver", "Ana", "--navigator", Min);

        Assert.Equal(2, outcome.ExitCode);
        Assert.Contains("--driver Ana: an unknown name here. Give it once with the e-mail", outcome.Error, StringComparison.Ordinal);
        Assert.Equal(before, PairRepositories.State(ana));
    }

    [Fact]
    public void Names_given_once_are_remembered_for_the_next_start()
    {
        var ana = _repositories.Clone("Ana", "ana@example.com");
        Assert.Equal(0, PairRepositories.Kata(ana, "pair", "start", "--driver", Ana, "--navigator", Min).ExitCode);
        Assert.Equal(0, PairRepositories.Kata(ana, "pair", "done").ExitCode);

        var again = PairRepositories.Kata(ana, "pair", "start", "--driver", "Min", "--navigator", "Ana");

        Assert.Equal(0, again.ExitCode);
        Assert.Contains("Min drives, 🧭 Ana navigates.", again.Output, StringComparison.Ordinal);
        Assert.Equal(0, PairRepositories.Kata(ana, "pair", "stop").ExitCode);
    }

    [Fact]
    public void No_git_repository_is_exit_code_2()
    {
        var outcome = PairRepositories.Kata(_repositories.PlainFolder(), "pair", "start", "--driver", Ana, "--navigator", Min);

        Assert.Equal(2, outcome.ExitCode);
        Assert.Contains("is not a git repository", outcome.Error, StringComparison.Ordinal);
        Assert.False(Directory.Exists(Path.Combine(_repositories.PlainFolder(), ".kata", "pair", "session.json")));
    }

    [Fact]
    public void No_remote_is_exit_code_2_and_nothing_changes()
    {
        var ana = _repositories.Clone("Ana", "ana@example.com");
        PairRepositories.Git(ana, "remote", "remove", "origin");
        var before = PairRepositories.State(ana);

        var outcome = PairRepositories.Kata(ana, "pair", "start", "--driver", Ana, "--navigator", Min);

        Assert.Equal(2, outcome.ExitCode);
        Assert.Contains("This clone has no remote", outcome.Error, StringComparison.Ordinal);
        Assert.Equal(before, PairRepositories.State(ana));
    }

    [Fact]
    public void An_unreachable_remote_is_exit_code_1_and_nothing_changes()
    {
        var ana = _repositories.Clone("Ana", "ana@example.com");
        PairRepositories.Git(ana, "remote", "set-url", "origin", Path.Combine(_repositories.Root, "gone.git"));
        var before = PairRepositories.State(ana);

        var outcome = PairRepositories.Kata(ana, "pair", "start", "--driver", Ana, "--navigator", Min);

        Assert.Equal(1, outcome.ExitCode);
        Assert.Contains("Cannot reach the remote 'origin'", outcome.Error, StringComparison.Ordinal);
        Assert.Equal(before, PairRepositories.State(ana));
    }

    [Fact]
    public void A_second_start_while_a_session_runs_is_exit_code_1_and_nothing_changes()
    {
        var ana = _repositories.Clone("Ana", "ana@example.com");
        Assert.Equal(0, PairRepositories.Kata(ana, "pair", "start", "--driver", Ana, "--navigator", Min).ExitCode);
        var before = PairRepositories.State(ana);

        var outcome = PairRepositories.Kata(ana, "pair", "start", "--driver", Min, "--navigator", Ana);

        Assert.Equal(1, outcome.ExitCode);
        Assert.Contains("A pair session already runs here: Ana drives, Min navigates.", outcome.Error, StringComparison.Ordinal);
        Assert.Equal(before, PairRepositories.State(ana));
        Assert.Equal(0, PairRepositories.Kata(ana, "pair", "stop").ExitCode);
    }

    [Fact]
    public void Uncommitted_changes_when_taking_over_are_exit_code_1_and_nothing_changes()
    {
        var ana = _repositories.Clone("Ana", "ana@example.com");
        var min = _repositories.Clone("Min", "min@example.com");
        Assert.Equal(0, PairRepositories.Kata(ana, "pair", "start", "--driver", Ana, "--navigator", Min).ExitCode);
        Assert.Equal(0, PairRepositories.Kata(ana, "pair", "next").ExitCode);
        File.AppendAllText(Path.Combine(min, "katas", "notes.txt"), "Min's own line\n");
        var before = PairRepositories.State(min);

        var outcome = PairRepositories.Kata(min, "pair", "start");

        Assert.Equal(1, outcome.ExitCode);
        Assert.Contains("This clone has changes that are not committed (katas/notes.txt)", outcome.Error, StringComparison.Ordinal);
        Assert.Equal(before, PairRepositories.State(min));
        Assert.Equal(0, PairRepositories.Kata(ana, "pair", "stop").ExitCode);
    }

    [Fact]
    public void A_session_branch_that_moved_under_the_clone_is_exit_code_1_and_nothing_changes()
    {
        var ana = _repositories.Clone("Ana", "ana@example.com");
        var min = _repositories.Clone("Min", "min@example.com");
        Assert.Equal(0, PairRepositories.Kata(ana, "pair", "start", "--driver", Ana, "--navigator", Min).ExitCode);
        Assert.Equal(0, PairRepositories.Kata(min, "pair", "start").ExitCode);
        Assert.Equal(0, PairRepositories.Kata(min, "pair", "next").ExitCode);

        // Ana commits on the session branch without taking Min's work first.
        File.AppendAllText(Path.Combine(ana, "katas", "notes.txt"), "Ana's own commit\n");
        PairRepositories.Git(ana, "commit", "--quiet", "-am", "Ana's own commit");
        var before = PairRepositories.State(ana);

        var outcome = PairRepositories.Kata(ana, "pair", "next");

        Assert.Equal(1, outcome.ExitCode);
        Assert.Contains("The branch kata-pair/main moved", outcome.Error, StringComparison.Ordinal);
        Assert.Equal(before, PairRepositories.State(ana));
        Assert.Equal(0, PairRepositories.Kata(ana, "pair", "stop").ExitCode);
        Assert.Equal(0, PairRepositories.Kata(min, "pair", "stop").ExitCode);
    }

    [Theory]
    [InlineData(new[] { "pair", "frobnicate" }, "the pair commands are start, next, done, status and stop")]
    [InlineData(new[] { "pair", "next", "--driver", "Ana" }, "--driver, --navigator, --minutes and --remote go with `./kata pair start`")]
    [InlineData(new[] { "pair", "start", "--driver", Ana, "--navigator", Min, "--minutes", "0" }, "--minutes takes a number of minutes above 0")]
    [InlineData(new[] { "pair", "start", "--driver", Ana, "--navigator", Ana }, "--driver and --navigator are both Ana")]
    [InlineData(new[] { "pair", "start", "--driver", Ana }, "Give both --driver and --navigator, or neither")]
    public void A_wrong_pair_command_line_is_exit_code_2(string[] arguments, string message)
    {
        var ana = _repositories.Clone("Ana", "ana@example.com");
        var before = PairRepositories.State(ana);

        var outcome = PairRepositories.Kata(ana, arguments);

        Assert.Equal(2, outcome.ExitCode);
        Assert.Contains(message, outcome.Error, StringComparison.Ordinal);
        Assert.Equal(before, PairRepositories.State(ana));
    }

    [Fact]
    public void Status_and_stop_without_a_session_say_so_with_exit_code_1()
    {
        var ana = _repositories.Clone("Ana", "ana@example.com");

        var status = PairRepositories.Kata(ana, "pair", "status");
        var stop = PairRepositories.Kata(ana, "pair", "stop");

        Assert.Equal(1, status.ExitCode);
        Assert.Equal(1, stop.ExitCode);
        Assert.Contains("No pair session runs here.", status.Output, StringComparison.Ordinal);
    }

    /// <summary>The state without some of its parts (the commits, which the pair's work changes on purpose).</summary>
    private static string Without(string state, params int[] parts) =>
        string.Join("\n---\n", state.Split("\n---\n").Where((_, i) => !parts.Contains(i)));
}
