namespace Katas.Analyzers.Tests;

public sealed class FixedCapacityAnalyzerTests
{
    private const string Types = """
        using System;
        class Autoscaler { public Autoscaler(int minReplicas, int maxReplicas) { } }
        class ReplicaSet { public ReplicaSet(int min, int max) { } public static ReplicaSet Scale(string name, int replicas) => new(1, 2); }
        class ServiceSpec { public int DesiredCount { get; set; } public int MinReplicas { get; set; } public int MaxReplicas { get; set; } public int? Replicas { get; set; } }
        """;

    [Fact]
    public Task A_minimum_equal_to_the_maximum_and_a_single_replica_are_flagged() =>
        Verify<FixedCapacityAnalyzer>.AnalyzerAsync(Types + """
            class Deployment
            {
                void Configure()
                {
                    new Autoscaler(minReplicas: 3, maxReplicas: {|#0:3|});
                    new ReplicaSet(2, {|#1:2|});
                    ReplicaSet.Scale("web", {|#2:1|});
                    var spec = new ServiceSpec { DesiredCount = {|#3:1|} };
                    var pinned = new ServiceSpec { MinReplicas = 4, MaxReplicas = {|#4:4|} };
                    var nullable = new ServiceSpec { Replicas = {|#5:1|} };
                }
            }
            """,
            Verify<FixedCapacityAnalyzer>.Diagnostic(0, "minReplicas = maxReplicas = 3", 3L),
            Verify<FixedCapacityAnalyzer>.Diagnostic(1, "min = max = 2", 2L),
            Verify<FixedCapacityAnalyzer>.Diagnostic(2, "replicas = 1", 1),
            Verify<FixedCapacityAnalyzer>.Diagnostic(3, "DesiredCount = 1", 1),
            Verify<FixedCapacityAnalyzer>.Diagnostic(4, "MinReplicas = MaxReplicas = 4", 4L),
            Verify<FixedCapacityAnalyzer>.Diagnostic(5, "Replicas = 1", 1));

    [Fact]
    public Task A_range_and_min_max_pairs_that_are_not_about_capacity_are_not_flagged() =>
        Verify<FixedCapacityAnalyzer>.AnalyzerAsync(Types + """
            class Deployment
            {
                int Configure(int value)
                {
                    new Autoscaler(minReplicas: 2, maxReplicas: 10);
                    ReplicaSet.Scale("web", 3);
                    var spec = new ServiceSpec { DesiredCount = 3 };
                    return Math.Clamp(value, min: 5, max: 5) + new Random().Next(minValue: 1, maxValue: 1);
                }
            }
            """);
}
