using System.Collections.Concurrent;
using Katas.RoundRobin;

namespace Katas.SaleDay.Orchestration;

/// <summary>
/// What the balancer (kata 2) asks before it sends a request to a replica: the passive health of nginx
/// (it failed a request a moment ago) and the readiness the health checker (kata 1) found.
/// </summary>
internal sealed class ReadinessHealth(PassiveHealth passive) : IReplicaHealth
{
    private readonly ConcurrentDictionary<string, bool> _ready = new(StringComparer.Ordinal);

    /// <summary>A replica is ready until a probe says otherwise: a new one starts in rotation, as in YARP.</summary>
    public bool IsHealthy(Replica replica) =>
        passive.IsHealthy(replica) && _ready.GetValueOrDefault(replica.Name, true);

    public void SetReady(string replica, bool ready) => _ready[replica] = ready;
}
