namespace Katas.Scaler;

/// <summary>
/// The membership of a load balancer: which replicas receive new requests. The
/// <see cref="ReplicaController"/> adds a replica once it has started and removes it before it stops,
/// the way Kubernetes adds a ready pod to a Service's endpoints and removes a terminating one.
/// </summary>
/// <remarks>Implementations are thread-safe: requests are routed while members come and go.</remarks>
public interface IBalancerMembership
{
    /// <summary>From now on, new requests may go to <paramref name="replica"/>. Adding a member twice changes nothing.</summary>
    void Add(Replica replica);

    /// <summary>
    /// From now on, no new request goes to <paramref name="replica"/>; the requests it is serving carry on
    /// (see <see cref="WhenDrainedAsync"/>). Returns false when it was not a member.
    /// </summary>
    bool Remove(Replica replica);

    /// <summary>
    /// Completes when <paramref name="replica"/> has no request in flight any more; at once when it has
    /// none. Call it after <see cref="Remove"/>: a member keeps receiving new requests.
    /// </summary>
    Task WhenDrainedAsync(Replica replica, CancellationToken cancellationToken = default);
}
