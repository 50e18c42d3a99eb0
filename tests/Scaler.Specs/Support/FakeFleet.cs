namespace Katas.Scaler.Specs;

/// <summary>
/// A fleet without processes: a replica set and a balancer that write what happens to one log, in
/// order (<c>start replica-1</c>, <c>add replica-1</c>, <c>remove replica-1</c>, <c>stop replica-1</c>), and
/// count the requests a stop cuts off.
/// </summary>
public sealed class FakeFleet
{
    private readonly Lock _lock = new();
    private readonly List<string> _log = [];
    private int _dropped;

    public FakeFleet()
    {
        Replicas = new FakeReplicaSet(this);
        Balancer = new FakeBalancer(this);
    }

    public FakeReplicaSet Replicas { get; }

    public FakeBalancer Balancer { get; }

    /// <summary>Everything that happened, in order.</summary>
    public IReadOnlyList<string> Log
    {
        get
        {
            lock (_lock)
            {
                return [.. _log];
            }
        }
    }

    /// <summary>Requests that were still in flight at a replica when it stopped.</summary>
    public int Dropped => Volatile.Read(ref _dropped);

    /// <summary>A controller over this fleet.</summary>
    public ReplicaController Controller(int min = 0, int max = 10, TimeProvider? time = null, TimeSpan? drainTimeout = null) =>
        new(Replicas, Balancer, new ScaleBounds(min, max), time, drainTimeout);

    internal void Record(string entry)
    {
        lock (_lock)
        {
            _log.Add(entry);
        }
    }

    internal void Cut(int requests) => Interlocked.Add(ref _dropped, requests);
}

/// <summary>Starts replicas named replica-1, replica-2... at once, or when <see cref="HoldStarts"/> lets them.</summary>
public sealed class FakeReplicaSet(FakeFleet fleet) : IReplicaSet
{
    private readonly Lock _lock = new();
    private readonly List<Replica> _running = [];
    private readonly List<Replica> _stopped = [];
    private TaskCompletionSource? _gate;
    private int _next;
    private int _starting;

    /// <summary>Replicas started and not stopped, oldest first.</summary>
    public IReadOnlyList<Replica> Running
    {
        get
        {
            lock (_lock)
            {
                return [.. _running];
            }
        }
    }

    /// <summary>Replicas stopped, in the order they stopped.</summary>
    public IReadOnlyList<Replica> Stopped
    {
        get
        {
            lock (_lock)
            {
                return [.. _stopped];
            }
        }
    }

    /// <summary>Starts that have begun and not finished.</summary>
    public int Starting => Volatile.Read(ref _starting);

    /// <summary>From now on, a start waits until <see cref="ReleaseStarts"/>.</summary>
    public void HoldStarts()
    {
        lock (_lock)
        {
            _gate = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        }
    }

    /// <summary>Lets the held starts finish, and the later ones run at once.</summary>
    public void ReleaseStarts()
    {
        TaskCompletionSource? gate;
        lock (_lock)
        {
            gate = _gate;
            _gate = null;
        }

        gate?.TrySetResult();
    }

    public async Task<Replica> StartAsync(CancellationToken cancellationToken = default)
    {
        var number = Interlocked.Increment(ref _next);
        Task? gate;
        lock (_lock)
        {
            gate = _gate?.Task;
        }

        if (gate is not null)
        {
            Interlocked.Increment(ref _starting);
            try
            {
                await gate.WaitAsync(cancellationToken);
            }
            finally
            {
                Interlocked.Decrement(ref _starting);
            }
        }

        var replica = new Replica($"replica-{number}", new Uri($"http://replica-{number}.test/"));
        lock (_lock)
        {
            _running.Add(replica);
        }

        fleet.Record($"start {replica.Name}");
        return replica;
    }

    public Task StopAsync(Replica replica, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(replica);
        lock (_lock)
        {
            if (!_running.Remove(replica))
            {
                throw new InvalidOperationException($"{replica.Name} is not running: it was never started, or it was stopped before.");
            }

            _stopped.Add(replica);
        }

        fleet.Cut(fleet.Balancer.InFlight(replica));
        fleet.Record($"stop {replica.Name}");
        return Task.CompletedTask;
    }
}

/// <summary>A balancer's membership with requests the spec begins and finishes by hand.</summary>
public sealed class FakeBalancer(FakeFleet fleet) : IBalancerMembership
{
    private readonly Lock _lock = new();
    private readonly List<Replica> _members = [];
    private readonly Dictionary<Replica, int> _inFlight = [];
    private readonly Dictionary<Replica, TaskCompletionSource> _drained = [];

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

    public void Add(Replica replica)
    {
        ArgumentNullException.ThrowIfNull(replica);
        lock (_lock)
        {
            if (_members.Contains(replica))
            {
                return;
            }

            _members.Add(replica);
        }

        fleet.Record($"add {replica.Name}");
    }

    public bool Remove(Replica replica)
    {
        ArgumentNullException.ThrowIfNull(replica);
        lock (_lock)
        {
            if (!_members.Remove(replica))
            {
                return false;
            }
        }

        fleet.Record($"remove {replica.Name}");
        return true;
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

    /// <summary>Requests <paramref name="replica"/> is serving now.</summary>
    public int InFlight(Replica replica)
    {
        lock (_lock)
        {
            return _inFlight.GetValueOrDefault(replica);
        }
    }

    /// <summary>Routes one request to <paramref name="replica"/>, a member; it runs until <see cref="FakeRequest.Finish"/>.</summary>
    public FakeRequest Begin(Replica replica)
    {
        lock (_lock)
        {
            if (!_members.Contains(replica))
            {
                throw new InvalidOperationException($"{replica.Name} is not a member of the balancer: no request goes to it.");
            }

            _inFlight[replica] = _inFlight.GetValueOrDefault(replica) + 1;
        }

        return new FakeRequest(this, replica);
    }

    internal void Finish(Replica replica)
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

/// <summary>One request in flight at a fake replica.</summary>
public sealed class FakeRequest(FakeBalancer balancer, Replica replica)
{
    private int _finished;

    public Replica Replica { get; } = replica;

    public void Finish()
    {
        if (Interlocked.Exchange(ref _finished, 1) == 0)
        {
            balancer.Finish(Replica);
        }
    }
}
