using Katas.Tool.Running;

namespace Katas.Tool.Tests;

/// <summary>
/// A spec process that ends without results: the run keeps its exit code and the process's own lines
/// apart from the tool's sentence, so that the student loop can say the sentence in the student's language.
/// The process is a shell standing in for <c>dotnet exec</c> (through the runner's launcher).
/// </summary>
public sealed class SpecRunnerCrashTests : IDisposable
{
    private readonly string _folder = Path.Combine(Path.GetTempPath(), "kata-crash-" + Guid.NewGuid().ToString("N")[..8]);

    public void Dispose()
    {
        if (Directory.Exists(_folder))
        {
            Directory.Delete(_folder, recursive: true);
        }
    }

    [Fact]
    public async Task A_process_that_dies_without_results_keeps_its_exit_code_and_what_it_said()
    {
        var run = await RunAsync("echo 'Stack overflow.' >&2; echo '   at Katas.Probe()' >&2; exit 134", limit: null);

        Assert.Equal(SpecRunStatus.Crashed, run.Status);
        Assert.Equal(134, run.ExitCode);
        Assert.Equal(["Stack overflow.", "   at Katas.Probe()"], run.ProcessLines);
        Assert.Null(run.OutputLimitMegabytes);
        Assert.Equal("Exit code 134 and no results.\nStack overflow.\n   at Katas.Probe()", run.Detail);
    }

    [Fact]
    public async Task A_process_that_prints_too_much_is_stopped_at_the_limit_it_names()
    {
        var run = await RunAsync("while :; do echo 'again and again and again'; done", limit: 1024 * 1024);

        Assert.Equal(SpecRunStatus.Crashed, run.Status);
        Assert.Equal(1, run.OutputLimitMegabytes);
        Assert.Null(run.ExitCode);
        Assert.Equal("Stopped: it printed more than 1 MB.", run.Detail);
    }

    private async Task<SpecRun> RunAsync(string script, long? limit)
    {
        var options = new SpecRunOptions(TimeSpan.FromMinutes(1))
        {
            Launcher = spec => spec with { FileName = "sh", Arguments = ["-c", script] },
            MaxOutputCharacters = limit,
        };
        return await SpecRunner.RunAsync(typeof(SpecRunnerCrashTests).Assembly.Location, _folder, options, TestContext.Current.CancellationToken);
    }
}
