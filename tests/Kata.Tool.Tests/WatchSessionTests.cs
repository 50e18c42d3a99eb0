using Katas.Tool.Running;

namespace Katas.Tool.Tests;

/// <summary>
/// `./kata watch` in a real terminal: tests/watch/watch-session.sh drives it through tmux on a fresh
/// copy of the repository and checks each screen (start on the starter, a fix turns step 1 green and
/// shows step 2, a compile error keeps it running, a fix turns it back, Ctrl+C leaves nothing running).
/// </summary>
public sealed class WatchSessionTests(RepositoryCopy repository) : IClassFixture<RepositoryCopy>
{
    private static readonly TimeSpan s_timeout = TimeSpan.FromMinutes(20);

    [Fact]
    public async Task The_watch_session_in_tmux_passes_every_check_of_its_screens()
    {
        var outcome = await ProcessRunner.RunAsync(
            new ProcessSpec("bash", [repository.PathOf("tests/watch/watch-session.sh"), repository.Root], repository.Root, s_timeout)
            {
                Environment = new Dictionary<string, string?>(Dotnet.QuietEnvironment) { ["NO_COLOR"] = "1" },
            },
            TestContext.Current.CancellationToken);

        Assert.False(outcome.TimedOut, $"The watch session did not end within {s_timeout}:\n{outcome.Output}");
        Assert.True(outcome.ExitCode == 0, $"The watch session failed (exit code {outcome.ExitCode}):\n{outcome.Output}\n{outcome.Error}");
        Assert.Contains("watch session: every check held", outcome.Output, StringComparison.Ordinal);
    }
}
