using BenchmarkDotNet.Attributes;

namespace Katas.RoundRobin.Benchmarks;

/// <summary>
/// Two threads picking at once, as the two cores of the course machine do in a busy proxy. Each
/// invocation makes <see cref="PicksPerThread"/> picks on each thread; the time per operation is the
/// wall-clock time per pick, so lower means more picks per second from the whole machine.
/// </summary>
[MemoryDiagnoser]
public class ContendedBenchmarks
{
    private const int Threads = 2;
    private const int PicksPerThread = 50_000;
    private const int Picks = Threads * PicksPerThread;

    private RoundRobinBalancer _reference = null!;
    private LockingBalancer _locking = null!;
    private YarpStyleBalancer _yarpStyle = null!;

    [GlobalSetup]
    public void Setup()
    {
        var replicas = Enumerable.Range(1, 3)
            .Select(i => new Replica($"web-{i}", new Uri($"http://web-{i}.replicas.test/")))
            .ToArray();
        _reference = new RoundRobinBalancer(replicas);
        _locking = new LockingBalancer(replicas);
        _yarpStyle = new YarpStyleBalancer(replicas);
    }

    [Benchmark(Baseline = true, Description = "reference (Interlocked), 2 threads", OperationsPerInvoke = Picks)]
    public void Reference() => OnTwoThreads(() => _reference.TryPick(out _));

    [Benchmark(Description = "lock + _next++, 2 threads", OperationsPerInvoke = Picks)]
    public void Locking() => OnTwoThreads(() => _locking.TryPick(out _));

    [Benchmark(Description = "YARP-style, 2 threads", OperationsPerInvoke = Picks)]
    public void YarpStyle() => OnTwoThreads(() => _yarpStyle.Pick());

    private static void OnTwoThreads(Action pick) =>
        Parallel.For(0, Threads, new ParallelOptions { MaxDegreeOfParallelism = Threads }, _ =>
        {
            for (var i = 0; i < PicksPerThread; i++)
            {
                pick();
            }
        });
}
