using BenchmarkDotNet.Attributes;
using Katas.Scaler.Specs;

namespace Katas.Scaler.Benchmarks;

/// <summary>
/// One week of per-second traffic (604,800 seconds, a generated week with three sales) replayed against
/// each strategy of the cost table. The curve is made once; each run is the simulation alone.
/// </summary>
[MemoryDiagnoser]
public class WeekSimulationBenchmarks
{
    private static readonly ScaleBounds s_bounds = new(1, 20);
    private static readonly SimulationSettings s_settings = new();

    private TrafficCurve _week = null!;

    [Params("Always on", "Manual", "Autoscaler")]
    public string Strategy { get; set; } = "";

    [GlobalSetup]
    public void GenerateWeek() => _week = TrafficGenerator.GenerateWeek(seed: 2);

    [Benchmark]
    public SimulationResult SimulateOneWeek() => SaleDaySimulator.Run(_week, CreateStrategy(), s_settings);

    private IScalingStrategy CreateStrategy() => Strategy switch
    {
        "Always on" => new AlwaysOn(10),
        "Manual" => new ManualScaling(s_bounds, TimeSpan.FromMinutes(15), s_settings.RequestsPerReplicaPerSecond),
        "Autoscaler" => new AutoscalerStrategy(new AutoscalerSettings(s_bounds, TargetUtilization: 50)),
        _ => throw new InvalidOperationException($"Unknown strategy '{Strategy}'."),
    };
}
