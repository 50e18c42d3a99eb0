using Katas.Tool.Running;

namespace Katas.Tool.Tests;

/// <summary>
/// The student template exported once from this repository (`kata export-student`, run as the built
/// tool) into a temporary folder, for the tests that look at it, build it and export into it again.
/// </summary>
public sealed class ExportedTemplate : IAsyncLifetime
{
    private static readonly TimeSpan s_commandTimeout = TimeSpan.FromMinutes(8);

    public string Parent { get; } = Path.Combine(Path.GetTempPath(), "kata-export-" + Guid.NewGuid().ToString("N")[..8]);

    public string Root => Path.Combine(Parent, "template");

    public static string Source => RepositoryCopy.Source;

    public async ValueTask InitializeAsync()
    {
        Directory.CreateDirectory(Parent);
        var outcome = await ExportAsync(Root);
        Assert.True(outcome.ExitCode == 0, $"export-student failed ({outcome.ExitCode}): {outcome.Output} {outcome.Error}");
    }

    public ValueTask DisposeAsync()
    {
        try
        {
            foreach (var file in Directory.EnumerateFiles(Parent, "*", SearchOption.AllDirectories))
            {
                File.SetAttributes(file, FileAttributes.Normal);
            }

            Directory.Delete(Parent, recursive: true);
        }
        catch (IOException)
        {
        }
        catch (UnauthorizedAccessException)
        {
        }

        return ValueTask.CompletedTask;
    }

    public string PathOf(string relative) => Path.Combine(Root, relative);

    /// <summary>Runs the built tool's export-student on this repository: <c>kata export-student &lt;folder&gt; --repo &lt;source&gt; ...</c>.</summary>
    internal static Task<ProcessOutcome> ExportAsync(string folder, params string[] more) =>
        RunAsync("dotnet", [Path.Combine(AppContext.BaseDirectory, "kata.dll"), "export-student", folder, "--repo", Source, "--no-color", .. more], Source);

    internal Task<ProcessOutcome> GitAsync(params string[] arguments) => RunAsync("git", arguments, Root);

    internal Task<ProcessOutcome> DotnetAsync(params string[] arguments) => RunAsync("dotnet", arguments, Root);

    private static async Task<ProcessOutcome> RunAsync(string program, IReadOnlyList<string> arguments, string directory)
    {
        var variables = new Dictionary<string, string?>(Dotnet.QuietEnvironment) { ["NO_COLOR"] = "1", ["KATA_LANG"] = "en" };
        var outcome = await ProcessRunner.RunAsync(new ProcessSpec(program, arguments, directory, s_commandTimeout) { Environment = variables });
        Assert.False(outcome.TimedOut, $"`{program} {string.Join(' ', arguments)}` did not finish within {s_commandTimeout}.");
        return outcome;
    }

    /// <summary>Every file of the template as a student's clone has it (no .git, no build output), relative with '/'.</summary>
    public IReadOnlyList<string> Files() =>
        Directory.EnumerateFiles(Root, "*", SearchOption.AllDirectories)
            .Select(f => Path.GetRelativePath(Root, f).Replace('\\', '/'))
            .Where(f => !f.StartsWith(".git/", StringComparison.Ordinal) && !f.StartsWith(".kata/", StringComparison.Ordinal)
                && !f.Split('/').Any(part => part is "bin" or "obj"))
            .Order(StringComparer.Ordinal)
            .ToArray();
}
