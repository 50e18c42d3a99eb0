using Katas.Tool.Running;

namespace Katas.Tool.Tests;

/// <summary>
/// Plain `dotnet test` at the root restores the student's solution only when a restore has something to read
/// (tools/build/RestoreWhenInputsChange.targets): NuGet's check that nothing changed costs a fifth of the loop.
/// </summary>
public sealed class RootRestoreTests(RepositoryCopy repository) : IClassFixture<RepositoryCopy>
{
    [Fact]
    public async Task The_root_solution_restores_only_after_a_project_file_changed_a_project_lost_its_assets_or_a_restore_is_forced()
    {
        Assert.True(RanNuGet(await RestoreAsync()), "The first restore of a fresh copy did not run NuGet's restore.");
        Assert.False(RanNuGet(await RestoreAsync()), "A restore right after a restore, with nothing changed, ran NuGet's restore again.");

        File.SetLastWriteTimeUtc(repository.PathOf("katas/Scaler/Scaler.csproj"), DateTime.UtcNow);
        Assert.True(RanNuGet(await RestoreAsync()), "A restore after a project file changed did not run NuGet's restore.");
        Assert.False(RanNuGet(await RestoreAsync()), "The restore after a changed project file was not remembered.");

        Directory.Delete(repository.PathOf("katas/RoundRobin/obj"), recursive: true);
        Assert.True(RanNuGet(await RestoreAsync()), "A project whose obj/ folder was deleted was not restored.");
        Assert.True(File.Exists(repository.PathOf("katas/RoundRobin/obj/project.assets.json")), "RoundRobin has no assets file after the restore.");

        Assert.True(RanNuGet(await RestoreAsync("--force")), "`dotnet restore --force` did not run NuGet's restore.");
    }

    private async Task<ProcessOutcome> RestoreAsync(params string[] options)
    {
        var outcome = await repository.DotnetAsync(["restore", "Katas.sln", "-v:n", .. options]);
        Assert.True(outcome.ExitCode == 0, $"`dotnet restore` failed ({outcome.ExitCode}):\n{outcome.Output}\n{outcome.Error}");
        return outcome;
    }

    // NuGet's own restore says this first, whether it then finds work or not.
    private static bool RanNuGet(ProcessOutcome outcome) =>
        outcome.Output.Contains("Determining projects to restore", StringComparison.Ordinal);
}
