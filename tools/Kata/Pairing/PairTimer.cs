using System.Diagnostics;
using Katas.Tool.Cli;
using Katas.Tool.Course;

namespace Katas.Tool.Pairing;

/// <summary>
/// Keeps time for a session: a small process of the tool (`kata pair timer`), started in the background
/// by start and next, that announces the swap on the terminal it was started from when the turn is up.
/// It ends by itself when the session ends or another timer takes over.
/// </summary>
internal sealed class PairTimer(RepositoryLayout layout, Language language)
{
    private static readonly TimeSpan s_poll = TimeSpan.FromMilliseconds(500);
    private static readonly TimeSpan s_longest = TimeSpan.FromHours(12);

    /// <summary>Starts the timer process; its id, or null when it could not start (the session works without it).</summary>
    public static int? Start(RepositoryLayout layout, Language language)
    {
        var host = Environment.ProcessPath;
        if (host is null)
        {
            return null;
        }

        var start = new ProcessStartInfo(host)
        {
            UseShellExecute = false,
            WorkingDirectory = layout.Root,

            // Its own pipes, which nobody reads: the timer writes to the terminal itself, and a caller that
            // reads this command's output is not kept waiting for a process that runs on.
            RedirectStandardInput = true,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        if (Path.GetFileNameWithoutExtension(host).Equals("dotnet", StringComparison.OrdinalIgnoreCase))
        {
            start.ArgumentList.Add(typeof(PairTimer).Assembly.Location);
        }

        foreach (var argument in new[] { "pair", "timer", "--repo", layout.Root, "--lang", language == Language.Korean ? "ko" : "en" })
        {
            start.ArgumentList.Add(argument);
        }

        try
        {
            using var process = Process.Start(start);
            return process?.Id;
        }
        catch (System.ComponentModel.Win32Exception)
        {
            return null;
        }
    }

    /// <summary>Ends a session's timer process, if it still runs and is this tool's.</summary>
    public static void Stop(int? id)
    {
        if (id is not { } pid)
        {
            return;
        }

        try
        {
            using var process = Process.GetProcessById(pid);
            if (process.ProcessName is "dotnet" or "kata")
            {
                process.Kill();
                process.WaitForExit(TimeSpan.FromSeconds(5));
            }
        }
        catch (Exception exception) when (exception is ArgumentException or InvalidOperationException or System.ComponentModel.Win32Exception)
        {
            // Gone already.
        }
    }

    public async Task<int> RunAsync(CancellationToken cancellationToken)
    {
        var me = Environment.ProcessId;
        var announced = 0;
        var until = DateTimeOffset.UtcNow + s_longest;
        while (!cancellationToken.IsCancellationRequested && DateTimeOffset.UtcNow < until)
        {
            await Task.Delay(s_poll, cancellationToken).ConfigureAwait(false);
            var session = PairSession.Load(layout);
            if (session is null || (session.TimerProcess is { } owner && owner != me))
            {
                return ExitCodes.Green;
            }

            if (DateTimeOffset.UtcNow >= session.TurnEnds && announced < session.Turn)
            {
                announced = session.Turn;
                var texts = PairTexts.For(language);
                PairAnnouncer.Announce(layout, language, texts.TimeUp(session), session.CurrentKata, toTerminal: null);
            }
        }

        return ExitCodes.Green;
    }
}
