namespace Katas.SaleDay.Scenario;

/// <summary>What happened to the requests sent during one second of the replay, counted by the client.</summary>
internal sealed class SecondStats
{
    private readonly Lock _lock = new();
    private readonly List<double> _latencies = [];

    public int Sent { get; private set; }

    public int Served { get; private set; }

    public int Failed => Sent - Served;

    /// <summary>Requests answered with an error, refused, or cut off.</summary>
    public int Errors { get; private set; }

    /// <summary>Requests whose customer gave up waiting.</summary>
    public int TimedOut { get; private set; }

    /// <summary>Replicas running during the second (the most seen).</summary>
    public int Replicas { get; private set; }

    public void RecordSent(int count)
    {
        lock (_lock)
        {
            Sent += count;
        }
    }

    public void RecordServed(TimeSpan latency)
    {
        lock (_lock)
        {
            Served++;
            _latencies.Add(latency.TotalMilliseconds);
        }
    }

    public void RecordError()
    {
        lock (_lock)
        {
            Errors++;
        }
    }

    public void RecordTimeout()
    {
        lock (_lock)
        {
            TimedOut++;
        }
    }

    public void RecordReplicas(int replicas)
    {
        lock (_lock)
        {
            Replicas = Math.Max(Replicas, replicas);
        }
    }

    public IReadOnlyList<double> Latencies
    {
        get
        {
            lock (_lock)
            {
                return [.. _latencies];
            }
        }
    }
}
