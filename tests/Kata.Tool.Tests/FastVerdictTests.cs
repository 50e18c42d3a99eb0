using Katas.Tool.Building;
using Katas.Tool.Course;
using Katas.Tool.Running;
using Katas.Tool.Watching;

namespace Katas.Tool.Tests;

/// <summary>
/// `./kata watch` compiles a kata in the tool instead of building it. These tests hold it to the
/// build's verdict: the same outcome for every spec of every step, on the starter and on the reference
/// solutions, and an assembly whose public API the build recognises as the one the specs know.
/// </summary>
public sealed class FastVerdictTests(RepositoryCopy repository) : IClassFixture<RepositoryCopy>
{
    private static readonly TimeSpan s_timeout = TimeSpan.FromMinutes(3);

    [Fact]
    public async Task The_compile_in_the_tool_gives_the_builds_verdict_for_every_step_on_the_starter_and_on_the_solutions()
    {
        var layout = RepositoryLayout.Find(repository.Root, repository.Root, repository.Root);
        var course = CourseCatalog.Load(layout);
        Assert.NotEmpty(course.Katas);

        foreach (var implementation in new[] { Implementation.Starter, Implementation.Solution })
        {
            if (implementation == Implementation.Solution)
            {
                foreach (var kata in course.Katas)
                {
                    foreach (var file in kata.StudentFiles)
                    {
                        // Saved now, as an editor would: a copy keeps the old time, and the build would take the starter for up to date.
                        var target = Path.Combine(layout.KataDirectory(kata.Name), file);
                        File.Copy(Path.Combine(layout.SolutionsDirectory, kata.Name, file), target, overwrite: true);
                        File.SetLastWriteTimeUtc(target, DateTime.UtcNow);
                    }
                }
            }

            // The full build: what `./kata` runs.
            var solution = ProjectSolution.Write(layout, "student", course.Katas.Select(k => layout.SpecProject(k.Name, Implementation.Starter)));
            var build = await repository.DotnetAsync(["build", solution, "-nologo", "-tl:off"]);
            Assert.True(build.ExitCode == 0, $"The {implementation} did not build: {build.Output}");

            foreach (var kata in course.Katas)
            {
                var built = await RunAllStepsAsync(layout, kata, "built");

                var (arguments, problem) = await CompilerArguments.OfAsync(layout.KataProject(kata.Name, Implementation.Starter), TestContext.Current.CancellationToken);
                Assert.True(arguments is not null, problem);
                var compiler = KataCompiler.Create(arguments, layout.KataDirectory(kata.Name), path => Path.GetFileName(path).StartsWith("Katas.Analyzers", StringComparison.Ordinal));
                var compiled = await compiler.CompileAsync(Path.GetDirectoryName(layout.SpecAssembly(kata.Name, Implementation.Starter))!, System.Globalization.CultureInfo.InvariantCulture, TestContext.Current.CancellationToken);
                Assert.True(compiled.Succeeded, $"{kata.Name} ({implementation}) did not compile in the tool: {string.Join("; ", compiled.Diagnostics)}");
                Assert.True(compiled.SameApi, $"{kata.Name} ({implementation}): the tool's reference assembly differs from the build's, so the watch would always build.");
                Assert.DoesNotContain(compiled.Diagnostics, d => d.Code.StartsWith("SPOF", StringComparison.Ordinal));

                var fast = await RunAllStepsAsync(layout, kata, "fast");
                Assert.Equal(built, fast);
            }
        }
    }

    /// <summary>Every spec of the kata, every step unlocked: "Step N · name: outcome", in order.</summary>
    private static async Task<string[]> RunAllStepsAsync(RepositoryLayout layout, KataDefinition kata, string name)
    {
        var run = await SpecRunner.RunAsync(
            layout.SpecAssembly(kata.Name, Implementation.Starter),
            Path.Combine(layout.ScratchDirectory, "verdict-" + name),
            SpecRunOptions.ForSpecs(s_timeout, unlockAllSteps: true),
            TestContext.Current.CancellationToken);
        Assert.True(run.Completed, $"{kata.Name}: the specs did not run ({run.Status}: {run.Detail})");
        Assert.Equal(kata.Steps.Select(s => s.Number), run.Results.Select(r => r.Step ?? 0).Distinct().Order());
        return run.Results.Select(r => $"Step {r.Step} · {r.Name}: {r.Outcome}").Order(StringComparer.Ordinal).ToArray();
    }
}
