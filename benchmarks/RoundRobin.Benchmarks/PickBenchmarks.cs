using System.Diagnostics.CodeAnalysis;
using BenchmarkDotNet.Attributes;

namespace Katas.RoundRobin.Benchmarks;

/// <summary>
/// One pick, three ways: the kata's reference balancer (Interlocked ticket, health asked at the pick),
/// a balancer that takes a lock around <c>_next++</c>, and YARP's RoundRobin policy (Interlocked ticket
/// over a list of available destinations that health checking keeps up to date beforehand).
/// </summary>
[MemoryDiagnoser]
public class PickBenchmarks
{
    private RoundRobinBalancer _reference = null!;
    private RoundRobinBalancer _referenceHealthAware = null!;
    private LockingBalancer _locking = null!;
    private YarpStyleBalancer _yarpStyle = null!;

    /// <summary>Replicas in the pool.</summary>
    [Params(3, 16)]
    public int Replicas { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        var replicas = Enumerable.Range(1, Replicas)
            .Select(i => new Replica($"web-{i}", new Uri($"http://web-{i}.replicas.test/")))
            .ToArray();
        _reference = new RoundRobinBalancer(replicas);
        _referenceHealthAware = new RoundRobinBalancer(replicas, new AllHealthy());
        _locking = new LockingBalancer(replicas);
        _yarpStyle = new YarpStyleBalancer(replicas);
    }

    [Benchmark(Baseline = true, Description = "reference (Interlocked)")]
    public Replica? Reference() => _reference.TryPick(out var replica) ? replica : null;

    [Benchmark(Description = "reference, health-aware")]
    public Replica? ReferenceHealthAware() => _referenceHealthAware.TryPick(out var replica) ? replica : null;

    [Benchmark(Description = "lock + _next++")]
    public Replica? Locking() => _locking.TryPick(out var replica) ? replica : null;

    [Benchmark(Description = "YARP-style")]
    public Replica? YarpStyle() => _yarpStyle.Pick();

    private sealed class AllHealthy : IReplicaHealth
    {
        public bool IsHealthy(Replica replica) => true;
    }
}

/// <summary>The obvious thread-safe balancer: a lock around the counter. Correct, and every pick queues on one lock.</summary>
internal sealed class LockingBalancer(Replica[] replicas)
{
    private readonly Lock _lock = new();
    private int _next;

    public bool TryPick([NotNullWhen(true)] out Replica? replica)
    {
        lock (_lock)
        {
            if (replicas.Length == 0)
            {
                replica = null;
                return false;
            }

            replica = replicas[_next];
            _next = (_next + 1) % replicas.Length;
            return true;
        }
    }
}

/// <summary>
/// YARP's RoundRobinLoadBalancingPolicy: the proxy hands it the destinations that are available now
/// (kept by health checking, outside the pick), and it returns one, or null for none.
/// </summary>
internal sealed class YarpStyleBalancer(IReadOnlyList<Replica> availableDestinations)
{
    private int _counter;

    public Replica? Pick()
    {
        if (availableDestinations.Count == 0)
        {
            return null;
        }

        var offset = Interlocked.Increment(ref _counter) - 1;
        return availableDestinations[(offset & 0x7FFFFFFF) % availableDestinations.Count];
    }
}
