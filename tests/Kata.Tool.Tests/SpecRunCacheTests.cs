using Katas.Tool.Running;

namespace Katas.Tool.Tests;

/// <summary>
/// The loop's cache of spec results: given back only while nothing the run depended on has changed,
/// never for a run that did not complete.
/// </summary>
public sealed class SpecRunCacheTests : IDisposable
{
    private static readonly SpecRunOptions s_options = SpecRunOptions.ForSpecs(TimeSpan.FromSeconds(120), unlockAllSteps: false);

    private readonly string _root = Directory.CreateTempSubdirectory("spec-cache-").FullName;

    private string Bin => Path.Combine(_root, "bin");

    private string Results => Path.Combine(_root, "results");

    private string Assembly => Path.Combine(Bin, "HealthChecker.Specs.dll");

    public SpecRunCacheTests()
    {
        Directory.CreateDirectory(Path.Combine(Bin, "ko"));
        File.WriteAllText(Assembly, "specs");
        File.WriteAllText(Path.Combine(Bin, "Katas.HealthChecker.dll"), "the student's kata");
        File.WriteAllText(Path.Combine(Bin, "ko", "Katas.Specs.resources.dll"), "resources");
        Directory.CreateDirectory(Results);
    }

    [Fact]
    public void A_completed_run_is_given_back_while_nothing_changed()
    {
        var run = CompletedRun();

        SpecRunCache.Store(Assembly, Results, s_options, run);
        var cached = SpecRunCache.TryGet(Assembly, Results, s_options);

        Assert.NotNull(cached);
        Assert.True(cached.Completed);
        Assert.Equal(run.Results.Select(r => (r.Name, r.Outcome)), cached.Results.Select(r => (r.Name, r.Outcome)));
    }

    [Theory]
    [InlineData("Katas.HealthChecker.dll")]
    [InlineData("HealthChecker.Specs.dll")]
    [InlineData("ko/Katas.Specs.resources.dll")]
    public void A_file_the_build_wrote_again_runs_the_specs_again(string file)
    {
        SpecRunCache.Store(Assembly, Results, s_options, CompletedRun());

        // The same size, a later time: a build that wrote the file again, whatever its bytes.
        var path = Path.Combine(Bin, file);
        File.SetLastWriteTimeUtc(path, File.GetLastWriteTimeUtc(path).AddSeconds(1));

        Assert.Null(SpecRunCache.TryGet(Assembly, Results, s_options));
    }

    [Fact]
    public void A_file_added_beside_the_specs_runs_them_again()
    {
        SpecRunCache.Store(Assembly, Results, s_options, CompletedRun());

        File.WriteAllText(Path.Combine(Bin, "Extra.dll"), "new");

        Assert.Null(SpecRunCache.TryGet(Assembly, Results, s_options));
    }

    [Fact]
    public void Other_options_are_another_run()
    {
        SpecRunCache.Store(Assembly, Results, s_options, CompletedRun());

        Assert.Null(SpecRunCache.TryGet(Assembly, Results, SpecRunOptions.ForSpecs(TimeSpan.FromSeconds(120), unlockAllSteps: true, step: 2)));
        Assert.Null(SpecRunCache.TryGet(Assembly, Results, SpecRunOptions.ForSpecs(TimeSpan.FromSeconds(30), unlockAllSteps: false)));
    }

    [Theory]
    [InlineData(nameof(SpecRunStatus.TimedOut))]
    [InlineData(nameof(SpecRunStatus.Crashed))]
    public void A_run_that_did_not_complete_is_never_given_back_and_forgets_the_last_one(string outcome)
    {
        var status = Enum.Parse<SpecRunStatus>(outcome);
        SpecRunCache.Store(Assembly, Results, s_options, CompletedRun());

        SpecRunCache.Store(Assembly, Results, s_options, new SpecRun(status, [], "stopped"));

        Assert.Null(SpecRunCache.TryGet(Assembly, Results, s_options));
    }

    [Fact]
    public void Without_its_results_file_there_is_nothing_to_give_back()
    {
        SpecRunCache.Store(Assembly, Results, s_options, CompletedRun());

        // The runner deletes the results file when it starts a run; a run stopped then leaves none.
        File.Delete(Path.Combine(Results, "HealthChecker.Specs.xml"));

        Assert.Null(SpecRunCache.TryGet(Assembly, Results, s_options));
    }

    [Fact]
    public void A_damaged_results_file_runs_the_specs_again()
    {
        SpecRunCache.Store(Assembly, Results, s_options, CompletedRun());

        File.WriteAllText(Path.Combine(Results, "HealthChecker.Specs.xml"), "<assemblies><assembly");

        Assert.Null(SpecRunCache.TryGet(Assembly, Results, s_options));
    }

    public void Dispose() => Directory.Delete(_root, recursive: true);

    /// <summary>A run as the runner leaves it: its results file written, then read.</summary>
    private SpecRun CompletedRun()
    {
        var file = Path.Combine(Results, "HealthChecker.Specs.xml");
        File.WriteAllText(file, XunitResultsFileTests.Xml);
        return new SpecRun(SpecRunStatus.Completed, XunitResultsFile.Read(file));
    }
}
