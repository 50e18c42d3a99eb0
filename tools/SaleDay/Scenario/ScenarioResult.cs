namespace Katas.SaleDay.Scenario;

/// <summary>The figures of one run of the sale day, from real requests counted by the client.</summary>
internal sealed record ScenarioResult(string Name, IReadOnlyList<SecondStats> Seconds)
{
    public int Sent => Seconds.Sum(s => s.Sent);

    public int Served => Seconds.Sum(s => s.Served);

    public int Failed => Sent - Served;

    public int Errors => Seconds.Sum(s => s.Errors);

    public int TimedOut => Seconds.Sum(s => s.TimedOut);

    /// <summary>Served / sent, in percent.</summary>
    public double Availability => Sent == 0 ? 100 : 100.0 * Served / Sent;

    /// <summary>The 95th percentile of the latency of the requests that were served.</summary>
    public TimeSpan P95Latency
    {
        get
        {
            var latencies = Seconds.SelectMany(s => s.Latencies).Order().ToArray();
            return latencies.Length == 0 ? TimeSpan.Zero : TimeSpan.FromMilliseconds(latencies[(int)Math.Ceiling(latencies.Length * 0.95) - 1]);
        }
    }

    /// <summary>Seconds in which more than half of the requests failed: the shop was, in effect, down.</summary>
    public int DowntimeSeconds => Seconds.Count(s => s.Sent > 0 && s.Failed * 2 > s.Sent);

    public int PeakReplicas => Seconds.Count == 0 ? 0 : Seconds.Max(s => s.Replicas);

    /// <summary>Replica-hours of the day the replay stands for (one second = one minute).</summary>
    public double ReplicaHours => Seconds.Sum(s => s.Replicas) * SaleDayPlan.Compression / 3600.0;

    public double Cost => ReplicaHours * SaleDayPlan.CostPerReplicaHour;

    public int DriftFound { get; init; }

    public int DriftFixed { get; init; }

    /// <summary>Requests answered by a server whose configuration had drifted.</summary>
    public int ServedWithDriftedConfig { get; init; }

    /// <summary>Restarts after a crash: by a person (the single container) or by the orchestrator.</summary>
    public int Restarts { get; init; }
}
