namespace Katas.Scaler;

/// <summary>What one strategy did with one traffic curve: one row of the cost table.</summary>
/// <param name="Strategy">The strategy's name.</param>
/// <param name="Requests">Requests that arrived.</param>
/// <param name="Dropped">Requests that never got an answer: they waited the request timeout, or were still waiting at the end.</param>
/// <param name="P95Wait">
/// 95% of the requests waited this long or less for a replica, in whole seconds. A dropped request counts
/// as a wait of the whole request timeout: its user gave up then.
/// </param>
/// <param name="PeakReplicas">The most replicas that ran at once, starting ones included.</param>
/// <param name="ReplicaSeconds">Seconds of running replicas, starting ones included: what the bill counts.</param>
/// <param name="CostPerReplicaHour">The price of one replica-hour, in dollars.</param>
public sealed record SimulationResult(
    string Strategy,
    long Requests,
    long Dropped,
    TimeSpan P95Wait,
    int PeakReplicas,
    long ReplicaSeconds,
    decimal CostPerReplicaHour)
{
    /// <summary>Requests that got an answer.</summary>
    public long Served => Requests - Dropped;

    public decimal ReplicaHours => ReplicaSeconds / 3600m;

    /// <summary>What the replicas cost, in dollars.</summary>
    public decimal Cost => ReplicaHours * CostPerReplicaHour;
}
