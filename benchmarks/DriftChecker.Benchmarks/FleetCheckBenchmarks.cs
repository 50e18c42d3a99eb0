using BenchmarkDotNet.Attributes;

namespace Katas.DriftChecker.Benchmarks;

/// <summary>
/// Checks fleets of 1,000 to 10,000 servers with 200 keys each, against a given baseline and against
/// the fleet's majority. Memory should grow in step with the fleet: allocations per server stay flat.
/// </summary>
[MemoryDiagnoser]
public class FleetCheckBenchmarks
{
    private const int Keys = 200;

    private readonly DriftDetector _detector = new(DriftRules.Default);
    private Dictionary<string, string> _baseline = [];
    private List<ServerConfig> _servers = [];

    [Params(1_000, 5_000, 10_000)]
    public int Servers { get; set; }

    [GlobalSetup]
    public void Setup() => (_baseline, _servers) = Fleet.Generate(Servers, Keys, seed: 4);

    [Benchmark(Baseline = true)]
    public DriftReport AgainstBaseline() => _detector.CheckFleet(_baseline, _servers);

    [Benchmark]
    public DriftReport AgainstMajority() => _detector.CheckFleet(_servers);
}
