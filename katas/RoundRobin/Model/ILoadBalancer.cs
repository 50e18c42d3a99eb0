using System.Diagnostics.CodeAnalysis;

namespace Katas.RoundRobin;

/// <summary>
/// Chooses the replica for the next request (YARP's <c>ILoadBalancingPolicy</c>, nginx's upstream
/// <c>get_peer</c>). Safe to call from many threads at once.
/// </summary>
public interface ILoadBalancer
{
    /// <summary>The replicas the balancer chooses from, healthy or not, in their order.</summary>
    IReadOnlyList<Replica> Replicas { get; }

    /// <summary>
    /// Chooses the replica for the next request. Returns false, with <paramref name="replica"/> null,
    /// when no replica is available: the pool is empty or every replica is unhealthy. That is an
    /// answer (a proxy turns it into 503), not an error.
    /// </summary>
    bool TryPick([NotNullWhen(true)] out Replica? replica);
}
