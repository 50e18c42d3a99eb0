namespace Katas.Scaler;

/// <summary>The service that <see cref="SaleDaySimulator"/> replays traffic against. The defaults fit the lesson.</summary>
public sealed record SimulationSettings
{
    /// <summary>
    /// The lesson's price of one replica: 10 servers always on cost $1,000 a month, so one costs $100 a
    /// month of 720 hours, about $0.1389 an hour.
    /// </summary>
    public static decimal LessonCostPerReplicaHour { get; } = 100m / 720m;

    /// <summary>Requests one ready replica serves in one second. 20 a second make 10 replicas enough for the lesson's 10,000 users a minute.</summary>
    public int RequestsPerReplicaPerSecond { get; init; } = 20;

    /// <summary>How long a new replica takes before it serves (pull, start, readiness). It costs money from its first second.</summary>
    public TimeSpan StartupTime { get; init; } = TimeSpan.FromSeconds(30);

    /// <summary>How long a request waits in line before its user gives up: then it is dropped.</summary>
    public TimeSpan RequestTimeout { get; init; } = TimeSpan.FromSeconds(30);

    /// <summary>What one replica costs for one hour, in dollars.</summary>
    public decimal CostPerReplicaHour { get; init; } = LessonCostPerReplicaHour;
}
