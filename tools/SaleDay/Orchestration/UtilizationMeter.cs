using System.Diagnostics;
using Katas.Fleet;

namespace Katas.SaleDay.Orchestration;

/// <summary>
/// The metric the autoscaler reads: how busy the replicas' slots were since the last reading, averaged
/// over the replicas, in percent of their capacity, as a metrics server averages CPU over a window. An
/// instant count of requests in flight would swing with every burst of traffic.
/// </summary>
internal sealed class UtilizationMeter(int capacity)
{
    private readonly Dictionary<Backend, TimeSpan> _lastBusy = [];
    private long _lastReading = Stopwatch.GetTimestamp();

    public double Read(IReadOnlyCollection<Backend> replicas)
    {
        var elapsed = Stopwatch.GetElapsedTime(_lastReading);
        _lastReading = Stopwatch.GetTimestamp();
        if (replicas.Count == 0 || elapsed <= TimeSpan.Zero)
        {
            return 0;
        }

        var busy = TimeSpan.Zero;
        foreach (var replica in replicas)
        {
            var total = replica.BusyTime;
            busy += total - _lastBusy.GetValueOrDefault(replica, total);
            _lastBusy[replica] = total;
        }

        // Work queued in front of full slots is demand too: it pushes the reading past 100 %.
        var queued = replicas.Sum(r => r.Waiting);
        return 100.0 * (busy / (elapsed * capacity * replicas.Count)) + 100.0 * queued / (capacity * replicas.Count);
    }
}
