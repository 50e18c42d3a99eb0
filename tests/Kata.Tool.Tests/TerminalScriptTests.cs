using Katas.Tool.Running;

namespace Katas.Tool.Tests;

/// <summary>
/// The terminal sessions under tests/terminal/, driven in tmux by their scripts, which check the screens
/// themselves: a script passes when it exits 0. Its output is the failure message otherwise.
/// </summary>
public sealed class TerminalScriptTests
{
    private static readonly TimeSpan s_timeout = TimeSpan.FromMinutes(12);

    [Fact]
    public async Task A_remote_pair_session_in_tmux_swaps_hands_over_announces_a_green_step_and_leaves_hooks_and_config_as_before()
    {
        Assert.SkipWhen(OperatingSystem.IsWindows(), "The terminal scripts are bash and tmux.");

        var script = Path.Combine(RepositoryCopy.Source, "tests", "terminal", "pair-session.sh");
        var outcome = await ProcessRunner.RunAsync(
            new ProcessSpec("bash", [script], RepositoryCopy.Source, s_timeout) { Environment = Dotnet.QuietEnvironment },
            TestContext.Current.CancellationToken);

        Assert.False(outcome.TimedOut, $"{script} did not finish within {s_timeout}.");
        Assert.True(outcome.ExitCode == 0, outcome.Output + outcome.Error);
        Assert.EndsWith("pair session: passed", outcome.Output.TrimEnd(), StringComparison.Ordinal);
    }
}
