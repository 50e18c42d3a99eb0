using System.ComponentModel;

namespace Katas.Tool.Running;

/// <summary>The outcome of one git command: its exit code and what it printed.</summary>
internal sealed record GitOutcome(int ExitCode, string Output, string Error)
{
    public bool Succeeded => ExitCode == 0;

    /// <summary>The first line git printed on standard error, for a message.</summary>
    public string FirstErrorLine =>
        Error.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).FirstOrDefault()
        ?? $"git exited with code {ExitCode}";
}

/// <summary>
/// Runs git in a repository for the commands that change it (export-student, pair). Git never asks on
/// the terminal here: a remote that wants a password fails at once instead of hanging the tool.
/// </summary>
internal static class GitCommand
{
    private static readonly TimeSpan s_timeout = TimeSpan.FromSeconds(60);

    private static readonly IReadOnlyDictionary<string, string?> s_environment = new Dictionary<string, string?>
    {
        ["GIT_TERMINAL_PROMPT"] = "0",
        ["GIT_ASKPASS"] = "",
        ["SSH_ASKPASS"] = "",
        ["GIT_SSH_COMMAND"] = Environment.GetEnvironmentVariable("GIT_SSH_COMMAND") ?? "ssh -o BatchMode=yes",
        ["LC_ALL"] = "C",
    };

    /// <summary>Runs <c>git args</c> in <paramref name="directory"/>; null when git is not installed.</summary>
    public static async Task<GitOutcome?> TryRunAsync(string directory, IReadOnlyList<string> args, CancellationToken cancellationToken = default)
    {
        try
        {
            var outcome = await ProcessRunner.RunAsync(
                new ProcessSpec("git", args, directory, s_timeout) { Environment = s_environment },
                cancellationToken).ConfigureAwait(false);
            return outcome.TimedOut
                ? new GitOutcome(-1, outcome.Output, $"git {string.Join(' ', args)} did not answer within {s_timeout.TotalSeconds:0}s.")
                : new GitOutcome(outcome.ExitCode, outcome.Output, outcome.Error);
        }
        catch (Win32Exception)
        {
            return null;
        }
    }

    /// <summary>Runs <c>git args</c>; git missing is a failed outcome that says so.</summary>
    public static async Task<GitOutcome> RunAsync(string directory, IReadOnlyList<string> args, CancellationToken cancellationToken = default) =>
        await TryRunAsync(directory, args, cancellationToken).ConfigureAwait(false)
        ?? new GitOutcome(-1, "", "git is not installed (https://git-scm.com/downloads).");

    /// <summary>The output of a command that must succeed, trimmed.</summary>
    public static async Task<string> OutputAsync(string directory, IReadOnlyList<string> args, CancellationToken cancellationToken = default)
    {
        var outcome = await RunAsync(directory, args, cancellationToken).ConfigureAwait(false);
        return outcome.Succeeded
            ? outcome.Output.Trim()
            : throw new GitFailedException($"git {string.Join(' ', args)}: {outcome.FirstErrorLine}");
    }
}

/// <summary>A git command that had to succeed failed; the message quotes git.</summary>
internal sealed class GitFailedException(string message) : Exception(message);
