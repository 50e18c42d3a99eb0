using System.Text.RegularExpressions;

namespace Katas.Tool.Running;

/// <summary>What to run in a test assembly and how.</summary>
/// <param name="Timeout">The longest the whole assembly may run.</param>
/// <param name="UnlockAllSteps">Run every step even when an earlier one fails (KATA_UNLOCK_ALL).</param>
/// <param name="Step">Run only this step.</param>
internal sealed record SpecRunOptions(TimeSpan Timeout, bool UnlockAllSteps = false, int? Step = null)
{
    /// <summary>
    /// The longest one spec may run before the assembly is stopped, or null for no such limit. A kata's
    /// specs take a second or two each, so a spec past this limit is waiting or looping forever, and
    /// the student hears so without waiting for the whole assembly's limit.
    /// </summary>
    public TimeSpan? SpecTimeout { get; init; }

    /// <summary>
    /// Turns the plain <c>dotnet exec</c> process into the one to start, for example inside a sandbox
    /// (the grader's); null runs it as it is.
    /// </summary>
    public Func<ProcessSpec, ProcessSpec>? Launcher { get; init; }

    /// <summary>Stops the assembly once it has written more than this many characters; null for no limit.</summary>
    public long? MaxOutputCharacters { get; init; }

    /// <summary>Run only these steps (any of them); empty for every step, or <see cref="Step"/>.</summary>
    public IReadOnlyList<int> Steps { get; init; } = [];

    /// <summary>The limits of a kata's spec assembly: the whole run, and a quarter of it for one spec.</summary>
    public static SpecRunOptions ForSpecs(TimeSpan timeout, bool unlockAllSteps, int? step = null) =>
        new(timeout, unlockAllSteps, step) { SpecTimeout = timeout / 4 };
}

/// <summary>
/// Runs an xunit v3 test assembly in its own process (<c>dotnet exec</c>) with a time limit and reads
/// its results file. A spec that crashes or hangs the process cannot take the tool down with it.
/// </summary>
internal static partial class SpecRunner
{
    public static async Task<SpecRun> RunAsync(string? assembly, string resultsDirectory, SpecRunOptions options, CancellationToken cancellationToken = default)
    {
        if (assembly is null || !File.Exists(assembly))
        {
            return new SpecRun(SpecRunStatus.NotBuilt, [], "The assembly has not been built.");
        }

        Directory.CreateDirectory(resultsDirectory);
        var resultsFile = Path.Combine(resultsDirectory, Path.GetFileNameWithoutExtension(assembly) + ".xml");
        File.Delete(resultsFile);

        var arguments = new List<string>
        {
            "exec", assembly,
            "-noLogo", "-noColor", "-noAutoReporters",
            // Verbose progress lines name the spec that is running, in case the process must be stopped.
            "-reporter", "verbose",
            "-result-xml", resultsFile,
        };
        foreach (var step in options.Steps.Concat(options.Step is int one ? [one] : []).Distinct())
        {
            arguments.AddRange(["-trait", $"Step={step}"]);
        }

        var running = new RunningSpecTracker(TimeProvider.System);
        using var stalled = new CancellationTokenSource();
        using var finished = new CancellationTokenSource();
        var watching = options.SpecTimeout is { } specTimeout
            ? WatchForStallAsync(running, specTimeout, stalled, finished.Token)
            : Task.CompletedTask;
        var environment = new Dictionary<string, string?>(Dotnet.QuietEnvironment)
        {
            ["KATA_UNLOCK_ALL"] = options.UnlockAllSteps ? "1" : null,
        };
        ProcessOutcome outcome;
        try
        {
            var process = new ProcessSpec("dotnet", arguments, Path.GetDirectoryName(assembly)!, options.Timeout)
            {
                Environment = environment,
                OnOutputLine = running.Observe,
                Stop = stalled.Token,
                MaxOutputCharacters = options.MaxOutputCharacters,
            };
            outcome = await ProcessRunner.RunAsync(options.Launcher?.Invoke(process) ?? process, cancellationToken).ConfigureAwait(false);
        }
        finally
        {
            // Also when the caller cancelled: the watchdog must end before its token sources are disposed.
            await finished.CancelAsync().ConfigureAwait(false);
            await watching.ConfigureAwait(false);
        }

        if (outcome.OutputLimitReached)
        {
            var megabytes = options.MaxOutputCharacters / (1024 * 1024);
            return new SpecRun(SpecRunStatus.Crashed, [], $"Stopped: it printed more than {megabytes} MB.", running.Current) { OutputLimitMegabytes = megabytes };
        }

        if (outcome.TimedOut && stalled.IsCancellationRequested)
        {
            return new SpecRun(SpecRunStatus.TimedOut, [], "One spec ran past its time limit.", running.Current)
            {
                TimeLimit = options.SpecTimeout,
                StoppedForOneSpec = true,
            };
        }

        if (outcome.TimedOut)
        {
            return new SpecRun(SpecRunStatus.TimedOut, [], "Stopped at the time limit.", running.Current) { TimeLimit = options.Timeout };
        }

        if (!File.Exists(resultsFile))
        {
            // The runtime writes why it crashed ("Stack overflow.", "Unhandled exception. ...") at the start of
            // standard error; without it, the last lines of the output say how far the run got.
            var error = Lines(outcome.Error);
            var why = (error.Length > 0 ? error.Take(6) : Lines(outcome.Output).TakeLast(8)).ToArray();
            return new SpecRun(SpecRunStatus.Crashed, [], $"Exit code {outcome.ExitCode} and no results.\n{string.Join('\n', why)}".TrimEnd(), running.Current)
            {
                ExitCode = outcome.ExitCode,
                ProcessLines = why,
            };
        }

        try
        {
            return new SpecRun(SpecRunStatus.Completed, XunitResultsFile.Read(resultsFile));
        }
        catch (FormatException exception)
        {
            return new SpecRun(SpecRunStatus.Crashed, [], exception.Message, running.Current);
        }
    }

    private static string[] Lines(string text) =>
        text.ReplaceLineEndings("\n").Split('\n', StringSplitOptions.RemoveEmptyEntries);

    /// <summary>Signals <paramref name="stalled"/> once one spec has been running longer than <paramref name="limit"/>.</summary>
    private static async Task WatchForStallAsync(RunningSpecTracker running, TimeSpan limit, CancellationTokenSource stalled, CancellationToken finished)
    {
        using var timer = new PeriodicTimer(TimeSpan.FromMilliseconds(250));
        try
        {
            while (await timer.WaitForNextTickAsync(finished).ConfigureAwait(false))
            {
                if (running.CurrentRunningTime > limit)
                {
                    await stalled.CancelAsync().ConfigureAwait(false);
                    return;
                }
            }
        }
        catch (OperationCanceledException) when (finished.IsCancellationRequested)
        {
            // The assembly ended first: nothing to stop.
        }
    }

    /// <summary>Follows the verbose reporter's "[STARTING]" and "[FINISHED]" lines.</summary>
    private sealed partial class RunningSpecTracker(TimeProvider time)
    {
        private readonly Lock _lock = new();
        private string? _current;
        private long _currentStarted;

        public string? Current
        {
            get
            {
                lock (_lock)
                {
                    return _current;
                }
            }
        }

        /// <summary>How long the spec that is running now has been running; zero between specs.</summary>
        public TimeSpan CurrentRunningTime
        {
            get
            {
                lock (_lock)
                {
                    return _current is null ? TimeSpan.Zero : time.GetElapsedTime(_currentStarted);
                }
            }
        }

        public void Observe(string line)
        {
            var match = Progress().Match(line);
            if (!match.Success)
            {
                return;
            }

            lock (_lock)
            {
                _current = match.Groups["state"].Value == "STARTING" ? match.Groups["name"].Value : null;
                _currentStarted = time.GetTimestamp();
            }
        }

        [GeneratedRegex(@"^\s*(?<name>\S.*?) \[(?<state>STARTING|FINISHED)\]")]
        private static partial Regex Progress();
    }
}
