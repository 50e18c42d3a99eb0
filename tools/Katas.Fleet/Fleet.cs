namespace Katas.Fleet;

/// <summary>
/// N real backends on 127.0.0.1, started together and stopped together: the replicas of one service.
/// Dispose it (<c>await using</c>) and every listener is gone, whatever happened in between.
/// </summary>
public sealed class Fleet : IAsyncDisposable
{
    private readonly List<Backend> _backends;
    private bool _disposed;

    private Fleet(List<Backend> backends) => _backends = backends;

    /// <summary>The backends in the order they were started (web-1, web-2...), as of now.</summary>
    public IReadOnlyList<Backend> Backends
    {
        get
        {
            lock (_backends)
            {
                return [.. _backends];
            }
        }
    }

    public Backend this[int index] => Backends[index];

    /// <summary>Starts <paramref name="count"/> backends at once.</summary>
    /// <param name="configure">The options of backend i (0-based); by default named web-1, web-2... in normal service.</param>
    public static async Task<Fleet> StartAsync(int count, Func<int, BackendOptions>? configure = null, CancellationToken cancellationToken = default)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(count, 0);
        configure ??= i => new BackendOptions { Name = $"web-{i + 1}" };

        var starting = Enumerable.Range(0, count).Select(i => Backend.StartAsync(configure(i), cancellationToken)).ToArray();
        try
        {
            return new Fleet([.. await Task.WhenAll(starting).ConfigureAwait(false)]);
        }
        catch
        {
            // Some started, one failed: stop the ones that did, so no port is left behind.
            foreach (var started in starting.Where(t => t.IsCompletedSuccessfully))
            {
                await started.Result.DisposeAsync().ConfigureAwait(false);
            }

            throw;
        }
    }

    /// <summary>Starts one more backend and adds it to the fleet (scaling out).</summary>
    /// <exception cref="ObjectDisposedException">The fleet was disposed, before or while the backend started.</exception>
    public async Task<Backend> AddAsync(BackendOptions options, CancellationToken cancellationToken = default)
    {
        lock (_backends)
        {
            ObjectDisposedException.ThrowIf(_disposed, this);
        }

        var backend = await Backend.StartAsync(options, cancellationToken).ConfigureAwait(false);
        lock (_backends)
        {
            if (!_disposed)
            {
                _backends.Add(backend);
                return backend;
            }
        }

        // The fleet was disposed while this backend started: nobody else would ever stop it.
        await backend.DisposeAsync().ConfigureAwait(false);
        throw new ObjectDisposedException(GetType().FullName);
    }

    /// <summary>Stops one backend for good and removes it from the fleet (scaling in).</summary>
    public async Task RemoveAsync(Backend backend)
    {
        ArgumentNullException.ThrowIfNull(backend);
        lock (_backends)
        {
            _backends.Remove(backend);
        }

        await backend.DisposeAsync().ConfigureAwait(false);
    }

    public async ValueTask DisposeAsync()
    {
        Backend[] backends;
        lock (_backends)
        {
            _disposed = true;
            backends = [.. _backends];
            _backends.Clear();
        }

        await Task.WhenAll(backends.Select(b => b.DisposeAsync().AsTask())).ConfigureAwait(false);
    }
}
