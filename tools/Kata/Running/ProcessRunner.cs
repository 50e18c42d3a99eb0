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
}

/// <summary>How a process ended. Output is kept up to a bound, from the end.</summary>
internal sealed record ProcessOutcome(int ExitCode, bool TimedOut, string Output, string Error);

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
        using var process = new Process { StartInfo = start };
        process.OutputDataReceived += (_, e) =>
        {
            if (e.Data is { } line)
            {
                output.AppendLine(line);
                spec.OnOutputLine?.Invoke(line);
            }
        };
        process.ErrorDataReceived += (_, e) =>
        {
            if (e.Data is { } line)
            {
                error.AppendLine(line);
            }
        };

        process.Start();
        process.StandardInput.Close();
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();

        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken, spec.Stop);
        timeout.CancelAfter(spec.Timeout);
        var timedOut = false;
        try
        {
            await process.WaitForExitAsync(timeout.Token).ConfigureAwait(false);
        }
        catch (OperationCanceledException)
        {
            timedOut = !cancellationToken.IsCancellationRequested;
            process.Kill(entireProcessTree: true);
            await process.WaitForExitAsync(CancellationToken.None).ConfigureAwait(false);
            cancellationToken.ThrowIfCancellationRequested();
        }

        // WaitForExitAsync returns once the streams are drained, so the output is complete here.
        return new ProcessOutcome(timedOut ? -1 : process.ExitCode, timedOut, output.ToString(), error.ToString());
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
