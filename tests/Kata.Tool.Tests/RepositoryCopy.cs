using Katas.Tool.Running;

namespace Katas.Tool.Tests;

/// <summary>
/// A copy of this repository's working tree in a temporary folder, as a fresh clone would have it (no
/// bin/, obj/, .kata/), for running the real tool and builds on it without touching the original.
/// </summary>
public sealed class RepositoryCopy : IAsyncLifetime
{
    private static readonly HashSet<string> s_skipped = new(StringComparer.Ordinal) { "bin", "obj", ".kata", ".git", "TestResults" };
    private static readonly TimeSpan s_commandTimeout = TimeSpan.FromMinutes(8);

    public string Root { get; } = Path.Combine(Path.GetTempPath(), "kata-copy-" + Guid.NewGuid().ToString("N")[..8]);

    public static string Source { get; } = FindSource();

    public ValueTask InitializeAsync()
    {
        Copy(new DirectoryInfo(Source), Root);
        return ValueTask.CompletedTask;
    }

    public ValueTask DisposeAsync()
    {
        // Build servers may still hold files for a moment; a left-over temp folder is not a failure.
        try
        {
            Directory.Delete(Root, recursive: true);
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

    /// <summary>Runs the tool as the README says (<c>dotnet run --project tools/Kata -- ...</c>) in the copy.</summary>
    internal Task<ProcessOutcome> KataAsync(params string[] arguments) => KataInAsync("en", arguments);

    /// <summary>The tool in <paramref name="language"/> (--lang en or ko).</summary>
    internal Task<ProcessOutcome> KataInAsync(string language, params string[] arguments) =>
        DotnetAsync(["run", "--project", "tools/Kata", "--", "--no-color", "--lang", language, .. arguments]);

    internal async Task<ProcessOutcome> DotnetAsync(IReadOnlyList<string> arguments, IReadOnlyDictionary<string, string?>? environment = null)
    {
        var variables = new Dictionary<string, string?>(Dotnet.QuietEnvironment) { ["NO_COLOR"] = "1" };
        foreach (var (name, value) in environment ?? new Dictionary<string, string?>())
        {
            variables[name] = value;
        }

        var outcome = await ProcessRunner.RunAsync(new ProcessSpec("dotnet", arguments, Root, s_commandTimeout) { Environment = variables });
        Assert.False(outcome.TimedOut, $"`dotnet {string.Join(' ', arguments)}` did not finish within {s_commandTimeout}.");
        return outcome;
    }

    private static void Copy(DirectoryInfo from, string to)
    {
        Directory.CreateDirectory(to);
        foreach (var file in from.EnumerateFiles())
        {
            file.CopyTo(Path.Combine(to, file.Name));
        }

        foreach (var directory in from.EnumerateDirectories().Where(d => !s_skipped.Contains(d.Name)))
        {
            Copy(directory, Path.Combine(to, directory.Name));
        }
    }

    private static string FindSource()
    {
        for (var directory = new DirectoryInfo(AppContext.BaseDirectory); directory is not null; directory = directory.Parent)
        {
            if (File.Exists(Path.Combine(directory.FullName, "Katas.sln")))
            {
                return directory.FullName;
            }
        }

        throw new InvalidOperationException("The tests run outside the repository: no Katas.sln above " + AppContext.BaseDirectory);
    }
}
