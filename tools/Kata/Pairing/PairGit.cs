using Katas.Tool.Running;

namespace Katas.Tool.Pairing;

/// <summary>What a pair session asks git, in one clone. Every command that changes something says so in its name.</summary>
internal sealed class PairGit(string root)
{
    public string Root => root;

    public Task<GitOutcome> RunAsync(params string[] args) => GitCommand.RunAsync(root, args);

    public Task<string> OutputAsync(params string[] args) => GitCommand.OutputAsync(root, args);

    public async Task<bool> IsRepositoryAsync() =>
        await GitCommand.TryRunAsync(root, ["rev-parse", "--is-inside-work-tree"]).ConfigureAwait(false) is { Succeeded: true } outcome
        && outcome.Output.Trim() == "true";

    /// <summary>The branch checked out, or null when HEAD is detached.</summary>
    public async Task<string?> CurrentBranchAsync()
    {
        var outcome = await RunAsync("symbolic-ref", "--short", "-q", "HEAD").ConfigureAwait(false);
        return outcome.Succeeded ? outcome.Output.Trim() : null;
    }

    /// <summary>The remote asked for; else origin; else the only remote; null when there is none to use.</summary>
    public async Task<(string? Remote, IReadOnlyList<string> All)> ChooseRemoteAsync(string? asked)
    {
        var remotes = (await OutputAsync("remote").ConfigureAwait(false)).Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        var chosen = asked is not null
            ? remotes.FirstOrDefault(r => r == asked)
            : remotes.Contains("origin") ? "origin" : remotes.Length == 1 ? remotes[0] : null;
        return (chosen, remotes);
    }

    public async Task<IReadOnlyList<string>> ConflictedFilesAsync() =>
        (await OutputAsync("diff", "--name-only", "--diff-filter=U").ConfigureAwait(false)).Split('\n', StringSplitOptions.RemoveEmptyEntries);

    /// <summary>Git's pathspec for everything but the tool's scratch space, which is never part of the work.</summary>
    public static readonly string[] Work = ["--", ".", ":(exclude).kata"];

    /// <summary>Changes git would commit (new files included, ignored ones and the tool's scratch space not), as `git status --porcelain` lines.</summary>
    public async Task<IReadOnlyList<string>> ChangesAsync()
    {
        var outcome = await RunAsync(["status", "--porcelain", .. Work]).ConfigureAwait(false);
        return outcome.Succeeded
            ? outcome.Output.Split('\n', StringSplitOptions.RemoveEmptyEntries)
            : throw new GitFailedException($"git status: {outcome.FirstErrorLine}");
    }

    /// <summary>Stages all the work (new and deleted files too), never the tool's scratch space (in case no .gitignore keeps it out).</summary>
    public async Task AddAllAsync()
    {
        await OutputAsync("add", "--all").ConfigureAwait(false);
        if (Directory.Exists(Path.Combine(root, ".kata")))
        {
            await OutputAsync("rm", "-r", "--cached", "--quiet", "--ignore-unmatch", "--", ".kata").ConfigureAwait(false);
        }
    }

    /// <summary>Where the session branch is on the remote: reachable or not, and its commit (null when it is not there).</summary>
    public async Task<(bool Reachable, string? Commit, string Error)> RemoteBranchAsync(string remote, string branch)
    {
        var outcome = await RunAsync("ls-remote", "--heads", remote, "refs/heads/" + branch).ConfigureAwait(false);
        if (!outcome.Succeeded)
        {
            return (false, null, outcome.FirstErrorLine);
        }

        var line = outcome.Output.Split('\n', StringSplitOptions.RemoveEmptyEntries).FirstOrDefault();
        return (true, line?.Split('\t')[0], "");
    }

    public async Task<string?> CommitOfAsync(string revision)
    {
        var outcome = await RunAsync("rev-parse", "--verify", "-q", revision + "^{commit}").ConfigureAwait(false);
        return outcome.Succeeded ? outcome.Output.Trim() : null;
    }

    public async Task<bool> IsAncestorAsync(string ancestor, string descendant) =>
        (await RunAsync("merge-base", "--is-ancestor", ancestor, descendant).ConfigureAwait(false)).Succeeded;

    /// <summary>Brings the remote's session branch into FETCH_HEAD (and the remote-tracking branch).</summary>
    public Task<string> FetchAsync(string remote, string branch) => OutputAsync("fetch", "--quiet", remote, "refs/heads/" + branch);

    /// <summary>The hooks folder git runs hooks from (core.hooksPath respected), as a full path.</summary>
    public async Task<string> HooksDirectoryAsync() =>
        Path.GetFullPath(Path.Combine(root, await OutputAsync("rev-parse", "--git-path", "hooks").ConfigureAwait(false)));

    /// <summary>
    /// Commits with no hook at all: the tool writes its own trailers. A hooks path of a folder that does
    /// not exist is given on the command line only, so git's config is not touched.
    /// </summary>
    public Task<string> CommitWithoutHooksAsync(string noHooksFolder, params string[] args) =>
        OutputAsync(["-c", "core.hooksPath=" + noHooksFolder, "commit", "--quiet", .. args]);

    public async Task<string> MessageOfAsync(string revision) => await OutputAsync("log", "-1", "--format=%B", revision).ConfigureAwait(false);

    /// <summary>The identity git commits with here, as a person; null when git has none.</summary>
    public async Task<PairPerson?> IdentityAsync()
    {
        var outcome = await RunAsync("var", "GIT_AUTHOR_IDENT").ConfigureAwait(false);
        if (!outcome.Succeeded)
        {
            return null;
        }

        var ident = outcome.Output.Trim();
        var close = ident.LastIndexOf('>');
        return close < 0 ? null : PairPerson.Parse(ident[..(close + 1)]);
    }
}
