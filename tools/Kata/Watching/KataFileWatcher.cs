using System.Threading.Channels;

namespace Katas.Tool.Watching;

/// <summary>
/// Tells which katas' source files were saved. Editors save in different ways (write in place, or
/// write a temporary file and rename it over the old one), so every kind of event counts, and a burst
/// of them becomes one change once the folder has been quiet for <see cref="Quiet"/>.
/// </summary>
internal sealed class KataFileWatcher : IDisposable
{
    /// <summary>How long after the last event a save counts as finished.</summary>
    public static readonly TimeSpan Quiet = TimeSpan.FromMilliseconds(120);

    private readonly string _katasDirectory;
    private readonly FileSystemWatcher _watcher;
    private readonly Channel<string> _saved = Channel.CreateUnbounded<string>();

    public KataFileWatcher(string katasDirectory)
    {
        _katasDirectory = Path.TrimEndingDirectorySeparator(Path.GetFullPath(katasDirectory));
        _watcher = new FileSystemWatcher(_katasDirectory)
        {
            IncludeSubdirectories = true,
            NotifyFilter = NotifyFilters.FileName | NotifyFilters.LastWrite | NotifyFilters.Size,
        };
        _watcher.Changed += (_, e) => Saw(e.FullPath);
        _watcher.Created += (_, e) => Saw(e.FullPath);
        _watcher.Deleted += (_, e) => Saw(e.FullPath);
        _watcher.Renamed += (_, e) => Saw(e.FullPath);
        _watcher.EnableRaisingEvents = true;
    }

    /// <summary>The source files of a kata: katas/&lt;Kata&gt;/**/*.cs outside bin/ and obj/.</summary>
    public static string? KataOf(string katasDirectory, string path)
    {
        if (!path.EndsWith(".cs", StringComparison.OrdinalIgnoreCase))
        {
            return null;
        }

        var parts = Path.GetRelativePath(katasDirectory, path).Split(Path.DirectorySeparatorChar, Path.AltDirectorySeparatorChar);
        return parts.Length >= 2 && parts[0] != ".." && !parts.Skip(1).SkipLast(1).Any(p => p is "bin" or "obj")
            ? parts[0]
            : null;
    }

    /// <summary>Waits for the next save and returns the files saved in that burst, each once.</summary>
    public async Task<IReadOnlyList<string>> NextAsync(CancellationToken cancellationToken)
    {
        var saved = new List<string> { await _saved.Reader.ReadAsync(cancellationToken).ConfigureAwait(false) };
        while (true)
        {
            using var quiet = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
            quiet.CancelAfter(Quiet);
            try
            {
                saved.Add(await _saved.Reader.ReadAsync(quiet.Token).ConfigureAwait(false));
            }
            catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested)
            {
                return saved.Distinct(StringComparer.Ordinal).ToArray();
            }
        }
    }

    public void Dispose()
    {
        _watcher.Dispose();
        _saved.Writer.TryComplete();
    }

    private void Saw(string path)
    {
        if (KataOf(_katasDirectory, path) is not null)
        {
            _saved.Writer.TryWrite(path);
        }
    }
}
