using System.Collections.Concurrent;
using System.Net.Sockets;
using Katas.Fleet;

namespace Katas.Scaler.Specs;

/// <summary>
/// A replica set of real HTTP servers (Katas.Fleet backends) on 127.0.0.1: a start is a new Kestrel server
/// on a port the operating system picks, a stop shuts it down and its port refuses connections.
/// </summary>
public sealed class FleetReplicaSet(BackendBehavior behavior) : IReplicaSet, IAsyncDisposable
{
    private readonly ConcurrentDictionary<Replica, Backend> _running = new();
    private readonly ConcurrentQueue<Replica> _stopped = new();
    private int _next;

    /// <summary>Servers that run now.</summary>
    public IReadOnlyCollection<Replica> Running => [.. _running.Keys.OrderBy(r => r.Name, StringComparer.Ordinal)];

    /// <summary>Servers that were stopped, in order.</summary>
    public IReadOnlyCollection<Replica> Stopped => [.. _stopped];

    /// <summary>Servers started so far.</summary>
    public int Started => Volatile.Read(ref _next);

    /// <summary>The server behind a running replica.</summary>
    public Backend BackendOf(Replica replica) => _running[replica];

    public async Task<Replica> StartAsync(CancellationToken cancellationToken = default)
    {
        var name = $"web-{Interlocked.Increment(ref _next)}";
        var backend = await Backend.StartAsync(behavior, cancellationToken);
        var replica = new Replica(name, backend.BaseAddress);
        _running[replica] = backend;
        return replica;
    }

    public async Task StopAsync(Replica replica, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(replica);
        if (!_running.TryRemove(replica, out var backend))
        {
            throw new InvalidOperationException($"{replica.Name} is not running: it was never started, or it was stopped before.");
        }

        await backend.DisposeAsync();
        _stopped.Enqueue(replica);
    }

    /// <summary>Whether something accepts connections at the replica's address.</summary>
    public static async Task<bool> IsListeningAsync(Replica replica)
    {
        using var client = new TcpClient();
        using var limit = new CancellationTokenSource(TimeSpan.FromSeconds(2));
        try
        {
            await client.ConnectAsync(replica.Address.Host, replica.Address.Port, limit.Token);
            return true;
        }
        catch (Exception e) when (e is SocketException or OperationCanceledException)
        {
            return false;
        }
    }

    /// <summary>Stops whatever the spec left running.</summary>
    public async ValueTask DisposeAsync()
    {
        foreach (var replica in _running.Keys)
        {
            if (_running.TryRemove(replica, out var backend))
            {
                await backend.DisposeAsync();
            }
        }
    }
}

/// <summary>
/// A small round-robin load balancer for the specs: it routes real HTTP requests to its members in turn,
/// counts each member's requests in flight, and tells when a removed member has drained. A request that
/// does not come back as a complete answer (refused, reset, cut short by a stopping server) is dropped.
/// </summary>
public sealed class RoundRobinMembership : IBalancerMembership, IDisposable
{
    private readonly Lock _lock = new();
    private readonly List<Replica> _members = [];
    private readonly Dictionary<Replica, int> _inFlight = [];
    private readonly Dictionary<Replica, TaskCompletionSource> _drained = [];
    private readonly HttpClient _client = new(new SocketsHttpHandler { UseProxy = false, ConnectTimeout = TimeSpan.FromSeconds(2) })
    {
        Timeout = TimeSpan.FromSeconds(10),
    };

    private long _next;
    private int _answered;
    private int _dropped;

    /// <summary>The members, in the order they joined.</summary>
    public IReadOnlyList<Replica> Members
    {
        get
        {
            lock (_lock)
            {
                return [.. _members];
            }
        }
    }

    /// <summary>Requests that got a complete answer.</summary>
    public int Answered => Volatile.Read(ref _answered);

    /// <summary>Requests that did not: no member, refused, reset, or cut short.</summary>
    public int Dropped => Volatile.Read(ref _dropped);

    public void Add(Replica replica)
    {
        ArgumentNullException.ThrowIfNull(replica);
        lock (_lock)
        {
            if (!_members.Contains(replica))
            {
                _members.Add(replica);
            }
        }
    }

    public bool Remove(Replica replica)
    {
        ArgumentNullException.ThrowIfNull(replica);
        lock (_lock)
        {
            return _members.Remove(replica);
        }
    }

    public Task WhenDrainedAsync(Replica replica, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(replica);
        lock (_lock)
        {
            if (_inFlight.GetValueOrDefault(replica) == 0)
            {
                return Task.CompletedTask;
            }

            if (!_drained.TryGetValue(replica, out var drained))
            {
                drained = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
                _drained[replica] = drained;
            }

            return drained.Task.WaitAsync(cancellationToken);
        }
    }

    /// <summary>Sends one GET to the next member. True when it was answered in full.</summary>
    public async Task<bool> SendAsync(CancellationToken cancellationToken = default)
    {
        Replica target;
        lock (_lock)
        {
            if (_members.Count == 0)
            {
                Interlocked.Increment(ref _dropped);
                return false;
            }

            // Choosing and counting under one lock: a member removed now is either not chosen, or its
            // drain waits for this request.
            target = _members[(int)(_next++ % _members.Count)];
            _inFlight[target] = _inFlight.GetValueOrDefault(target) + 1;
        }

        var answered = false;
        try
        {
            using var response = await _client.GetAsync(new Uri(target.Address, "work"), cancellationToken);
            var body = await response.Content.ReadAsStringAsync(cancellationToken);

            // A server that stops while a request waits ends it without a body (every answer ends with a newline): that request is lost.
            answered = response.IsSuccessStatusCode && body.EndsWith('\n');
        }
        catch (HttpRequestException)
        {
        }
        finally
        {
            Finish(target);
        }

        if (answered)
        {
            Interlocked.Increment(ref _answered);
        }
        else
        {
            Interlocked.Increment(ref _dropped);
        }

        return answered;
    }

    /// <summary>Sends <paramref name="count"/> requests, <paramref name="concurrency"/> at a time.</summary>
    public Task SendManyAsync(int count, int concurrency, CancellationToken cancellationToken = default) =>
        Parallel.ForEachAsync(
            Enumerable.Range(0, count),
            new ParallelOptions { MaxDegreeOfParallelism = concurrency, CancellationToken = cancellationToken },
            async (_, token) => await SendAsync(token));

    public void Dispose() => _client.Dispose();

    private void Finish(Replica replica)
    {
        TaskCompletionSource? drained = null;
        lock (_lock)
        {
            var left = _inFlight[replica] - 1;
            _inFlight[replica] = left;
            if (left == 0 && _drained.Remove(replica, out var waiting))
            {
                drained = waiting;
            }
        }

        drained?.TrySetResult();
    }
}
