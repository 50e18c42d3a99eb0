namespace Katas.Scaler;

/// <summary>
/// Starts and stops replicas of one service: what <c>docker run</c> and <c>docker stop</c> do for a
/// person, and the container runtime does for Kubernetes. It knows nothing about load balancing; the
/// <see cref="ReplicaController"/> decides how many replicas run and which ones stop.
/// </summary>
public interface IReplicaSet
{
    /// <summary>Starts one new replica and returns it when it is ready to serve requests.</summary>
    Task<Replica> StartAsync(CancellationToken cancellationToken = default);

    /// <summary>
    /// Stops a replica this set started. A request it is still serving is cut off: take the replica out
    /// of the balancer and let it drain first.
    /// </summary>
    Task StopAsync(Replica replica, CancellationToken cancellationToken = default);
}
