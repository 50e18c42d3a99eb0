using Katas.Tool.Cli;
using Katas.Tool.Course;
using Katas.Tool.Rendering;

namespace Katas.Tool.Pairing;

/// <summary>
/// `./kata pair start|next|done|status|stop`: a pair session in the way of mob.sh. The work travels on a
/// session branch (kata-pair/&lt;branch&gt;) through the remote; `next` commits the work in progress and
/// pushes it, or, on the other clone, pulls it and takes the keyboard; `done` squashes the session onto
/// the student's branch with both names. Each command checks everything it needs before it changes
/// anything: a refusal (exit 1) or a wrong command line (exit 2) leaves the clone as it was.
/// </summary>
internal sealed class PairCommand(RepositoryLayout layout, Terminal terminal, Language language)
{
    private readonly PairGit _git = new(layout.Root);
    private readonly PairTexts _texts = PairTexts.For(language);

    public async Task<int> RunAsync(PairOptions options, CancellationToken cancellationToken)
    {
        if (options.Action == PairAction.Timer)
        {
            return await new PairTimer(layout, language).RunAsync(cancellationToken).ConfigureAwait(false);
        }

        if (!await _git.IsRepositoryAsync().ConfigureAwait(false))
        {
            throw new UsageException(_texts.NotARepository(layout.Root));
        }

        return options.Action switch
        {
            PairAction.Start => await StartAsync(options).ConfigureAwait(false),
            PairAction.Next => await NextAsync().ConfigureAwait(false),
            PairAction.Done => await DoneAsync().ConfigureAwait(false),
            PairAction.Status => Status(),
            _ => await StopAsync().ConfigureAwait(false),
        };
    }

    private async Task<int> StartAsync(PairOptions options)
    {
        if (PairSession.Load(layout) is { } running)
        {
            throw new PairRefusedException(_texts.AlreadyRuns(running));
        }

        var people = PairPeople.Load(PairSession.Folder(layout), language);
        var remote = await RemoteAsync(options.Remote).ConfigureAwait(false);
        var branch = await _git.CurrentBranchAsync().ConfigureAwait(false)
            ?? throw new PairRefusedException(_texts.DetachedHead);
        var baseBranch = branch.StartsWith("kata-pair/", StringComparison.Ordinal) ? branch["kata-pair/".Length..] : branch;
        var sessionBranch = PairSession.BranchFor(baseBranch);

        // Names are checked before git is asked anything, so a typo never half-starts a session.
        PairPerson? driver = null;
        PairPerson? navigator = null;
        if (options.Driver is not null || options.Navigator is not null)
        {
            if (options.Driver is null || options.Navigator is null)
            {
                throw new UsageException(_texts.BothRolesOrNeither);
            }

            driver = people.Resolve(options.Driver, "--driver");
            navigator = people.Resolve(options.Navigator, "--navigator");
            if (driver.IsSamePerson(navigator))
            {
                throw new UsageException(_texts.SamePerson(driver));
            }
        }

        await RefuseConflictsAsync().ConfigureAwait(false);
        var onRemote = await ReachAsync(remote, sessionBranch).ConfigureAwait(false);
        var minutes = options.Minutes ?? PairOptions.DefaultMinutes;

        PairSession session;
        if (onRemote is not null)
        {
            session = await JoinAsync(remote, baseBranch, sessionBranch, onRemote, minutes, options.Minutes is not null).ConfigureAwait(false);
        }
        else
        {
            if (driver is null || navigator is null)
            {
                if (people.LastDriver is null || people.LastNavigator is null)
                {
                    throw new UsageException(_texts.WhoPairs);
                }

                driver = people.Resolve(people.LastDriver, "--driver");
                navigator = people.Resolve(people.LastNavigator, "--navigator");
            }

            session = await OpenAsync(remote, baseBranch, sessionBranch, branch, driver, navigator, minutes).ConfigureAwait(false);
        }

        people.Remember(session.Driver, session.Navigator);
        await BeginAsync(session).ConfigureAwait(false);
        terminal.WriteLine(_texts.Started(session), Style.Bold);
        terminal.WriteLine(_texts.Roles(session), Style.Cyan);
        return ExitCodes.Green;
    }

    /// <summary>A new session: the session branch from here, a first commit that names the pair, pushed.</summary>
    private async Task<PairSession> OpenAsync(string remote, string baseBranch, string sessionBranch, string branch, PairPerson driver, PairPerson navigator, double minutes)
    {
        var existing = await _git.CommitOfAsync("refs/heads/" + sessionBranch).ConfigureAwait(false);
        if (existing is not null && branch != sessionBranch && !await _git.IsAncestorAsync(existing, "HEAD").ConfigureAwait(false))
        {
            throw new PairRefusedException(_texts.EarlierSessionBranch(sessionBranch, remote));
        }

        var session = new PairSession
        {
            Driver = driver,
            Navigator = navigator,
            Minutes = minutes,
            BaseBranch = baseBranch,
            Remote = remote,
            TurnStarted = DateTimeOffset.UtcNow,
            StepsDone = [],
        };

        // --no-track: the session branch gets no upstream, so git's config stays as it was.
        await _git.OutputAsync("checkout", "--quiet", "--no-track", "-B", sessionBranch).ConfigureAwait(false);
        await _git.CommitWithoutHooksAsync(NoHooksFolder, "--allow-empty", "-m", SessionCommit.Message($"kata pair: {driver.Name} and {navigator.Name} start", session)).ConfigureAwait(false);
        var pushed = await _git.RunAsync("push", "--quiet", remote, $"{sessionBranch}:refs/heads/{sessionBranch}").ConfigureAwait(false);
        if (!pushed.Succeeded)
        {
            // Back to where the student was: their branch, the session branch as it was (or gone).
            await _git.OutputAsync("checkout", "--quiet", branch == sessionBranch ? "--detach" : branch).ConfigureAwait(false);
            if (existing is null)
            {
                await _git.OutputAsync("branch", "--quiet", "-D", sessionBranch).ConfigureAwait(false);
            }
            else
            {
                await _git.OutputAsync("branch", "--quiet", "-f", sessionBranch, existing).ConfigureAwait(false);
            }

            if (branch == sessionBranch)
            {
                await _git.OutputAsync("checkout", "--quiet", sessionBranch).ConfigureAwait(false);
            }

            throw new PairRefusedException(_texts.StartNotPushed(sessionBranch, remote, pushed.FirstErrorLine));
        }

        return session;
    }

    /// <summary>The partner started the session: take their branch and the roles its last commit names.</summary>
    private async Task<PairSession> JoinAsync(string remote, string baseBranch, string sessionBranch, string remoteCommit, double minutes, bool minutesGiven)
    {
        var changes = await _git.ChangesAsync().ConfigureAwait(false);
        if (changes.Count > 0)
        {
            throw new PairRefusedException(_texts.DirtyAtTakeOver(sessionBranch, remote, changes));
        }

        var local = await _git.CommitOfAsync("refs/heads/" + sessionBranch).ConfigureAwait(false);
        await _git.FetchAsync(remote, sessionBranch).ConfigureAwait(false);
        if (local is not null && !await _git.IsAncestorAsync(local, remoteCommit).ConfigureAwait(false))
        {
            throw new PairRefusedException(_texts.LocalCommitsAtJoin(sessionBranch, remote));
        }

        var carried = SessionCommit.Read(await _git.MessageOfAsync(remoteCommit).ConfigureAwait(false))
            ?? throw new PairRefusedException(_texts.NotASession(sessionBranch, remote));
        await _git.OutputAsync("checkout", "--quiet", "--no-track", "-B", sessionBranch, remoteCommit).ConfigureAwait(false);
        return new PairSession
        {
            Driver = carried.Driver,
            Navigator = carried.Navigator,
            Minutes = minutesGiven ? minutes : carried.Minutes,
            BaseBranch = baseBranch,
            Remote = remote,
            TurnStarted = DateTimeOffset.UtcNow,
            StepsDone = carried.Steps,
        };
    }

    private async Task<int> NextAsync()
    {
        var session = Running();
        await RefuseConflictsAsync().ConfigureAwait(false);
        var remoteCommit = await ReachAsync(session.Remote, session.SessionBranch).ConfigureAwait(false)
            ?? throw new PairRefusedException(_texts.SessionGone(session));
        var head = await _git.CommitOfAsync("HEAD").ConfigureAwait(false);
        var branch = await _git.CurrentBranchAsync().ConfigureAwait(false);
        if (branch != session.SessionBranch)
        {
            throw new PairRefusedException(_texts.WrongBranch(session, branch));
        }

        // This clone has the tip (and maybe commits of its own on it): hand over.
        if (remoteCommit == head || (await _git.CommitOfAsync(remoteCommit).ConfigureAwait(false) is not null && await _git.IsAncestorAsync(remoteCommit, "HEAD").ConfigureAwait(false)))
        {
            return await HandOverAsync(session).ConfigureAwait(false);
        }

        await _git.FetchAsync(session.Remote, session.SessionBranch).ConfigureAwait(false);
        var changes = await _git.ChangesAsync().ConfigureAwait(false);
        if (!await _git.IsAncestorAsync("HEAD", remoteCommit).ConfigureAwait(false))
        {
            throw new PairRefusedException(_texts.BranchesDiverged(session));
        }

        if (changes.Count > 0)
        {
            throw new PairRefusedException(_texts.DirtyAtTakeOver(session.SessionBranch, session.Remote, changes));
        }

        // The partner handed over: their work comes in, and the roles their commit names.
        await _git.OutputAsync("merge", "--quiet", "--ff-only", remoteCommit).ConfigureAwait(false);
        var carried = SessionCommit.Read(await _git.MessageOfAsync(remoteCommit).ConfigureAwait(false));
        var taken = carried is { } c
            ? session with { Driver = c.Driver, Navigator = c.Navigator, StepsDone = session.StepsDone.Union(c.Steps).ToArray(), Turn = session.Turn + 1, TurnStarted = DateTimeOffset.UtcNow }
            : session.Swapped(DateTimeOffset.UtcNow);
        await BeginAsync(taken).ConfigureAwait(false);
        terminal.WriteLine(_texts.TookOver(taken), Style.Bold);
        terminal.WriteLine(_texts.Roles(taken), Style.Cyan);
        return ExitCodes.Green;
    }

    /// <summary>Commits the work in progress (the partner's name on it), pushes it, and swaps the roles.</summary>
    private async Task<int> HandOverAsync(PairSession session)
    {
        var next = session.Swapped(DateTimeOffset.UtcNow);
        var index = await _git.OutputAsync("write-tree").ConfigureAwait(false);
        await _git.AddAllAsync().ConfigureAwait(false);
        await _git.OutputAsync("commit", "--quiet", "--allow-empty", "-m", SessionCommit.Message($"kata pair: {session.Driver.Name} hands over to {next.Driver.Name}", next)).ConfigureAwait(false);
        var pushed = await _git.RunAsync("push", "--quiet", session.Remote, $"{session.SessionBranch}:refs/heads/{session.SessionBranch}").ConfigureAwait(false);
        if (!pushed.Succeeded)
        {
            // Undo the commit and give the index back exactly as it was.
            await _git.OutputAsync("reset", "--quiet", "--soft", "HEAD~1").ConfigureAwait(false);
            await _git.OutputAsync("read-tree", index).ConfigureAwait(false);
            throw new PairRefusedException(_texts.HandOverNotPushed(session, pushed.FirstErrorLine));
        }

        await BeginAsync(next).ConfigureAwait(false);
        terminal.WriteLine(_texts.HandedOver(session, next), Style.Bold);
        terminal.WriteLine(_texts.Roles(next), Style.Cyan);
        return ExitCodes.Green;
    }

    private async Task<int> DoneAsync()
    {
        var session = Running();
        await RefuseConflictsAsync().ConfigureAwait(false);
        var remoteCommit = await ReachAsync(session.Remote, session.SessionBranch).ConfigureAwait(false);
        var branch = await _git.CurrentBranchAsync().ConfigureAwait(false);
        if (branch != session.SessionBranch)
        {
            throw new PairRefusedException(_texts.WrongBranch(session, branch));
        }

        var head = await _git.CommitOfAsync("HEAD").ConfigureAwait(false);
        if (remoteCommit is not null && remoteCommit != head && !await _git.IsAncestorAsync(remoteCommit, "HEAD").ConfigureAwait(false))
        {
            throw new PairRefusedException(_texts.RemoteAheadAtDone(session));
        }

        var baseCommit = await _git.CommitOfAsync("refs/heads/" + session.BaseBranch).ConfigureAwait(false)
            ?? throw new PairRefusedException(_texts.BaseBranchMissing(session));
        if (!await _git.IsAncestorAsync(baseCommit, "HEAD").ConfigureAwait(false))
        {
            throw new PairRefusedException(_texts.BaseBranchMoved(session));
        }

        // Everything on the session branch, then one commit on the student's branch.
        var changes = await _git.ChangesAsync().ConfigureAwait(false);
        if (changes.Count > 0)
        {
            await _git.AddAllAsync().ConfigureAwait(false);
            await _git.CommitWithoutHooksAsync(NoHooksFolder, "-m", SessionCommit.Message("kata pair: the last changes", session)).ConfigureAwait(false);
        }

        await _git.OutputAsync("checkout", "--quiet", session.BaseBranch).ConfigureAwait(false);
        await _git.OutputAsync("merge", "--quiet", "--squash", session.SessionBranch).ConfigureAwait(false);
        var squashed = (await _git.ChangesAsync().ConfigureAwait(false)).Count > 0;
        if (squashed)
        {
            await _git.CommitWithoutHooksAsync(NoHooksFolder, "--author", session.Driver.ToString(), "-m", DoneMessage(session)).ConfigureAwait(false);
        }

        await _git.OutputAsync("branch", "--quiet", "-D", session.SessionBranch).ConfigureAwait(false);
        if (remoteCommit is not null)
        {
            var deleted = await _git.RunAsync("push", "--quiet", session.Remote, "--delete", session.SessionBranch).ConfigureAwait(false);
            if (!deleted.Succeeded)
            {
                terminal.WriteLine("  " + _texts.SessionBranchStays(session, deleted.FirstErrorLine), Style.Yellow);
            }
        }

        await EndAsync(session).ConfigureAwait(false);
        terminal.WriteLine(squashed ? _texts.Done(session) : _texts.DoneEmpty(session), Style.Bold);
        return ExitCodes.Green;
    }

    private int Status()
    {
        if (PairSession.Load(layout) is not { } session)
        {
            terminal.WriteLine(_texts.NoSession);
            return ExitCodes.Red;
        }

        terminal.WriteLine(_texts.Roles(session), Style.Cyan);
        terminal.WriteLine(_texts.TimeLeft(session, DateTimeOffset.UtcNow));
        terminal.WriteLine(_texts.StepsDone(session));
        terminal.WriteLine(_texts.Branch(session), Style.Dim);
        return ExitCodes.Green;
    }

    private async Task<int> StopAsync()
    {
        if (PairSession.Load(layout) is not { } session)
        {
            terminal.WriteLine(_texts.NoSession);
            return ExitCodes.Red;
        }

        await EndAsync(session).ConfigureAwait(false);

        // The partner squashed the session already: back to the student's branch when nothing is lost.
        var branch = await _git.CurrentBranchAsync().ConfigureAwait(false);
        if (branch == session.SessionBranch && (await _git.ChangesAsync().ConfigureAwait(false)).Count == 0
            && await _git.RemoteBranchAsync(session.Remote, session.SessionBranch).ConfigureAwait(false) is (true, null, _))
        {
            await _git.OutputAsync("checkout", "--quiet", session.BaseBranch).ConfigureAwait(false);
            await _git.OutputAsync("branch", "--quiet", "-D", session.SessionBranch).ConfigureAwait(false);
            terminal.WriteLine(_texts.StoppedAfterDone(session), Style.Bold);
            return ExitCodes.Green;
        }

        terminal.WriteLine(_texts.Stopped(session), Style.Bold);
        return ExitCodes.Green;
    }

    /// <summary>The session runs from here: saved, the hook in place, the timer counting.</summary>
    private async Task BeginAsync(PairSession session)
    {
        var hook = new CoAuthorHook(await _git.HooksDirectoryAsync().ConfigureAwait(false));
        hook.Install([session.Driver, session.Navigator]);
        PairTimer.Stop(session.TimerProcess);
        var withTimer = session with { TimerProcess = null };
        withTimer.Save(layout);
        withTimer = withTimer with { TimerProcess = PairTimer.Start(layout, language) };
        withTimer.Save(layout);
    }

    private async Task EndAsync(PairSession session)
    {
        PairTimer.Stop(session.TimerProcess);
        new CoAuthorHook(await _git.HooksDirectoryAsync().ConfigureAwait(false)).Remove();
        PairSession.Delete(layout);
    }

    private PairSession Running() =>
        PairSession.Load(layout) ?? throw new PairRefusedException(_texts.NoSession);

    private async Task<string> RemoteAsync(string? asked)
    {
        var (remote, all) = await _git.ChooseRemoteAsync(asked).ConfigureAwait(false);
        return remote ?? throw new UsageException(all.Count == 0
            ? _texts.NoRemote
            : asked is not null ? _texts.UnknownRemote(asked, all) : _texts.WhichRemote(all));
    }

    /// <summary>The session branch's commit on the remote (null when it has none); unreachable is a refusal.</summary>
    private async Task<string?> ReachAsync(string remote, string sessionBranch)
    {
        var (reachable, commit, error) = await _git.RemoteBranchAsync(remote, sessionBranch).ConfigureAwait(false);
        return reachable ? commit : throw new PairRefusedException(_texts.Unreachable(remote, error));
    }

    private async Task RefuseConflictsAsync()
    {
        var conflicts = await _git.ConflictedFilesAsync().ConfigureAwait(false);
        if (conflicts.Count > 0)
        {
            throw new PairRefusedException(_texts.Conflicts(conflicts));
        }
    }

    private string NoHooksFolder => Path.Combine(layout.ScratchDirectory, "pair", "no-hooks");

    private static string DoneMessage(PairSession session)
    {
        var steps = session.StepsDone.Count > 0 ? StepList.Describe(session.StepsDone) : "work in progress";
        return $"Pair session of {session.Driver.Name} and {session.Navigator.Name}: {steps}\n\n{session.Navigator.Trailer}\n";
    }
}
