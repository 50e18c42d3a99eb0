using Katas.Tool.Running;

namespace Katas.Tool.Tests;

/// <summary>
/// Git repositories for the pair commands, in a temporary folder: a bare repository as the pair's shared
/// remote and clones of it laid out as kata repositories (Katas.sln, katas/), each with its own person.
/// The tool runs as built (<c>dotnet kata.dll pair ... --repo clone</c>).
/// </summary>
internal sealed class PairRepositories : IDisposable
{
    private static readonly TimeSpan s_timeout = TimeSpan.FromMinutes(2);

    public PairRepositories()
    {
        Root = Path.Combine(Path.GetTempPath(), "kata-pair-" + Guid.NewGuid().ToString("N")[..8]);
        Directory.CreateDirectory(Root);
        Remote = Path.Combine(Root, "remote.git");
        Git(Root, "init", "--quiet", "--bare", "--initial-branch=main", Remote);

        var seed = Path.Combine(Root, "seed");
        Git(Root, "init", "--quiet", "--initial-branch=main", seed);
        File.WriteAllText(Path.Combine(seed, "Katas.sln"), "");
        Directory.CreateDirectory(Path.Combine(seed, "katas"));
        File.WriteAllText(Path.Combine(seed, "katas", "notes.txt"), "the kata\n");
        File.WriteAllText(Path.Combine(seed, ".gitignore"), ".kata/\n");
        Git(seed, "add", "--all");
        Git(seed, "-c", "user.name=Seed", "-c", "user.email=seed@example.com", "commit", "--quiet", "-m", "The course");
        Git(seed, "push", "--quiet", Remote, "main");
    }

    public string Root { get; }

    public string Remote { get; }

    /// <summary>A clone of the remote whose git identity is <paramref name="name"/>.</summary>
    public string Clone(string name, string email)
    {
        var clone = Path.Combine(Root, name.ToLowerInvariant());
        Git(Root, "clone", "--quiet", Remote, clone);
        Git(clone, "config", "user.name", name);
        Git(clone, "config", "user.email", email);
        return clone;
    }

    /// <summary>A folder laid out as a kata repository, without git.</summary>
    public string PlainFolder()
    {
        var folder = Path.Combine(Root, "plain");
        Directory.CreateDirectory(Path.Combine(folder, "katas"));
        File.WriteAllText(Path.Combine(folder, "Katas.sln"), "");
        return folder;
    }

    public static ProcessOutcome Kata(string clone, params string[] arguments) => KataIn("en", clone, arguments);

    /// <summary>The tool in <paramref name="language"/> (--lang en or ko).</summary>
    public static ProcessOutcome KataIn(string language, string clone, params string[] arguments) =>
        Run("dotnet", [Path.Combine(AppContext.BaseDirectory, "kata.dll"), .. arguments, "--repo", clone, "--no-color", "--lang", language], clone);

    public static string Git(string directory, params string[] arguments)
    {
        var outcome = Run("git", arguments, directory);
        Assert.True(outcome.ExitCode == 0, $"git {string.Join(' ', arguments)} failed: {outcome.Error}");
        return outcome.Output.Trim();
    }

    /// <summary>What a pair command must leave as it was when it refuses: branch, commit, changes, config, hooks, the remote's branches.</summary>
    public static string State(string clone)
    {
        var hooks = Path.Combine(clone, ".git", "hooks");
        var hookFiles = Directory.Exists(hooks)
            ? string.Join('\n', Directory.EnumerateFiles(hooks).Order(StringComparer.Ordinal).Select(f => Path.GetFileName(f) + " " + File.ReadAllText(f).GetHashCode(StringComparison.Ordinal)))
            : "(no hooks folder)";
        return string.Join(
            "\n---\n",
            Run("git", ["symbolic-ref", "-q", "HEAD"], clone).Output,
            Run("git", ["rev-parse", "HEAD"], clone).Output,
            Run("git", ["status", "--porcelain"], clone).Output,
            Run("git", ["config", "--list", "--local"], clone).Output,
            Run("git", ["ls-remote", "--heads", "origin"], clone).Output,
            hookFiles,
            File.Exists(Path.Combine(clone, ".kata", "pair", "session.json")) ? "session" : "no session");
    }

    private static ProcessOutcome Run(string program, IReadOnlyList<string> arguments, string directory)
    {
        var outcome = ProcessRunner.RunAsync(new ProcessSpec(program, arguments, directory, s_timeout)
        {
            Environment = new Dictionary<string, string?>(Dotnet.QuietEnvironment) { ["NO_COLOR"] = "1", ["GIT_TERMINAL_PROMPT"] = "0" },
        }).GetAwaiter().GetResult();
        Assert.False(outcome.TimedOut, $"`{program} {string.Join(' ', arguments)}` did not finish within {s_timeout}.");
        return outcome;
    }

    public void Dispose()
    {
        // The sessions' timers end by themselves once their session file is gone.
        try
        {
            foreach (var file in Directory.EnumerateFiles(Root, "*", SearchOption.AllDirectories))
            {
                File.SetAttributes(file, FileAttributes.Normal);
            }

            Directory.Delete(Root, recursive: true);
        }
        catch (IOException)
        {
        }
        catch (UnauthorizedAccessException)
        {
        }
    }
}
