namespace Katas.SaleDay.Scenario;

/// <summary>
/// The sale day of the lesson, compressed so that one second of the replay is one minute of the day:
/// normal traffic, the sale opens and traffic grows 100x, a container crashes in the middle of it, a
/// server drifts, and the sale ends. Every time below is replay time.
/// </summary>
internal sealed record SaleDayPlan
{
    /// <summary>One second of the replay stands for this much of the day.</summary>
    public const double Compression = 60;

    /// <summary>The lesson's price: $100 a server-month of 720 hours.</summary>
    public const double CostPerReplicaHour = 100.0 / 720.0;

    public int Seed { get; init; } = 2026;

    public TimeSpan Length { get; init; } = TimeSpan.FromSeconds(36);

    /// <summary>Requests per second on a normal day (the lesson's 100 users a minute, scaled).</summary>
    public double NormalRate { get; init; } = 10;

    /// <summary>Requests per second at the height of the sale: 100x.</summary>
    public double PeakRate { get; init; } = 1000;

    public TimeSpan SaleOpens { get; init; } = TimeSpan.FromSeconds(6);

    public TimeSpan PeakReached { get; init; } = TimeSpan.FromSeconds(12);

    public TimeSpan PeakEnds { get; init; } = TimeSpan.FromSeconds(28);

    public TimeSpan SaleEnds { get; init; } = TimeSpan.FromSeconds(30);

    /// <summary>A container crashes: memory, a bug, the host.</summary>
    public TimeSpan CrashAt { get; init; } = TimeSpan.FromSeconds(18);

    /// <summary>One server's app.conf drifts: version 1.1 instead of 1.2.</summary>
    public TimeSpan DriftAt { get; init; } = TimeSpan.FromSeconds(14);

    /// <summary>How long until a person notices a crash and restarts the container by hand (8 minutes of the day).</summary>
    public TimeSpan ManualReaction { get; init; } = TimeSpan.FromSeconds(8);

    // One replica: 8 requests at a time, 40 ms each (about 200 a second), a queue of up to a second.
    public int ReplicaCapacity { get; init; } = 8;

    public TimeSpan WorkLatency { get; init; } = TimeSpan.FromMilliseconds(40);

    public TimeSpan QueueTimeout { get; init; } = TimeSpan.FromSeconds(1);

    /// <summary>A customer waits this long, then gives up: a failed request.</summary>
    public TimeSpan CustomerPatience { get; init; } = TimeSpan.FromSeconds(2);

    // Orchestration, compressed like the day: Kubernetes' 15 s HPA period, 300 s stabilization window,
    // 10 s probe period and nginx's 10 s fail_timeout become the values below.
    public int MinReplicas { get; init; } = 2;

    public int MaxReplicas { get; init; } = 12;

    public double TargetUtilization { get; init; } = 50;

    public TimeSpan AutoscalerPeriod { get; init; } = TimeSpan.FromMilliseconds(500);

    public TimeSpan ScaleDownStabilization { get; init; } = TimeSpan.FromSeconds(5);

    public TimeSpan ProbePeriod { get; init; } = TimeSpan.FromMilliseconds(500);

    public TimeSpan ProbeTimeout { get; init; } = TimeSpan.FromMilliseconds(300);

    public TimeSpan PassiveFailTimeout { get; init; } = TimeSpan.FromSeconds(1);

    public TimeSpan DriftCheckPeriod { get; init; } = TimeSpan.FromSeconds(3);

    public const string DesiredConfig = "app.name = shop\nversion = 1.2\nfeature.sale = on\n";

    public const string DriftedConfig = "app.name = shop\nversion = 1.1\nfeature.sale = on\n";

    /// <summary>The request rate at <paramref name="time"/>, before the seeded jitter.</summary>
    public double RateAt(TimeSpan time)
    {
        if (time < SaleOpens || time >= SaleEnds)
        {
            return NormalRate;
        }

        if (time < PeakReached)
        {
            return NormalRate + (PeakRate - NormalRate) * ((time - SaleOpens) / (PeakReached - SaleOpens));
        }

        if (time < PeakEnds)
        {
            return PeakRate;
        }

        return PeakRate - (PeakRate - NormalRate) * ((time - PeakEnds) / (SaleEnds - PeakEnds));
    }
}
