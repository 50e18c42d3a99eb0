using System.Diagnostics;
using System.Text;

namespace Katas.Tool.Running;

/// <summary>What to run: a program, its arguments, where, with which extra environment, for how long.</summary>
internal sealed record ProcessSpec(string FileName, IReadOnlyList<string> Arguments, string WorkingDirectory, TimeSpan Timeout)
{
    public IReadOnlyDictionary<string, string?> Environment { get; init; } = new Dictionary<string, string?>();

    /// <summary>Called with each line of standard output as it arrives.</summary>
    public Action<string>? OnOutputLine { get; init; }

    /// <summary>Stops the process early, as if its time limit had been reached (a watchdog's verdict).</summary>
    public CancellationToken Stop { get; init; }

    /// <summary>Stops the process once it has written more than this many characters (output and error together); null for no limit.</summary>
    public long? MaxOutputCharacters { get; init; }
}

/// <summary>How a process ended. Output is kept up to a bound, from the end.</summary>
/// <param name="OutputLimitReached">The process was stopped for writing more than <see cref="ProcessSpec.MaxOutputCharacters"/>.</param>
internal sealed record ProcessOutcome(int ExitCode, bool TimedOut, string Output, string Error, bool OutputLimitReached = false);

/// <summary>Runs a child process with a time limit; on timeout (or <see cref="ProcessSpec.Stop"/>) the whole process tree is killed.</summary>
internal static class ProcessRunner
{
    private const int MaxKeptCharacters = 256 * 1024;

    public static async Task<ProcessOutcome> RunAsync(ProcessSpec spec, CancellationToken cancellationToken = default)
    {
        var start = new ProcessStartInfo(spec.FileName)
        {
            WorkingDirectory = spec.WorkingDirectory,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            RedirectStandardInput = true,
            UseShellExecute = false,
            StandardOutputEncoding = Encoding.UTF8,
            StandardErrorEncoding = Encoding.UTF8,
        };
        foreach (var argument in spec.Arguments)
        {
            start.ArgumentList.Add(argument);
        }

        foreach (var (name, value) in spec.Environment)
        {
            start.Environment[name] = value;
        }

        var output = new BoundedText(MaxKeptCharacters);
        var error = new BoundedText(MaxKeptCharacters);
        using var tooMuchOutput = new CancellationTokenSource();
        long written = 0;
        void Count(string line)
        {
            if (spec.MaxOutputCharacters is { } limit && Interlocked.Add(ref written, line.Length + 1) > limit && !tooMuchOutput.IsCancellationRequested)
            {
                tooMuchOutput.Cancel();
            }
        }

        using var process = new Process { StartInfo = start };
        process.OutputDataReceived += (_, e) =>
        {
            if (e.Data is { } line)
            {
                Count(line);
                output.AppendLine(line);
                spec.OnOutputLine?.Invoke(line);
            }
        };
        process.ErrorDataReceived += (_, e) =>
        {
            if (e.Data is { } line)
            {
                Count(line);
                error.AppendLine(line);
            }
        };

        process.Start();
        process.StandardInput.Close();
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();

        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken, spec.Stop, tooMuchOutput.Token);
        timeout.CancelAfter(spec.Timeout);
        var timedOut = false;
        try
        {
            await process.WaitForExitAsync(timeout.Token).ConfigureAwait(false);
        }
        catch (OperationCanceledException)
        {
            timedOut = !cancellationToken.IsCancellationRequested && !tooMuchOutput.IsCancellationRequested;
            process.Kill(entireProcessTree: true);
            await process.WaitForExitAsync(CancellationToken.None).ConfigureAwait(false);
            cancellationToken.ThrowIfCancellationRequested();
        }

        // WaitForExitAsync returns once the streams are drained, so the output is complete here.
        var limited = tooMuchOutput.IsCancellationRequested;
        return new ProcessOutcome(timedOut || limited ? -1 : process.ExitCode, timedOut, output.ToString(), error.ToString(), limited);
    }

    /// <summary>Keeps the last <c>limit</c> characters of a stream of lines.</summary>
    private sealed class BoundedText(int limit)
    {
        private readonly Lock _lock = new();
        private readonly StringBuilder _text = new();

        public void AppendLine(string line)
        {
            lock (_lock)
            {
                _text.Append(line).Append('\n');
                if (_text.Length > limit)
                {
                    _text.Remove(0, _text.Length - limit);
                }
            }
        }

        public override string ToString()
        {
            lock (_lock)
            {
                return _text.ToString();
            }
        }
    }
}
