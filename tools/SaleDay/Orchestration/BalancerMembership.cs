using Katas.RoundRobin;
using BalancerReplica = Katas.RoundRobin.Replica;
using ScalerReplica = Katas.Scaler.Replica;

namespace Katas.SaleDay.Orchestration;

/// <summary>
/// The scaler's view of the balancer (kata 3 driving kata 2): a replica joins the round robin when it
/// starts and leaves it before it stops; it has drained when its server has no request left.
/// </summary>
internal sealed class BalancerMembership(RoundRobinBalancer balancer, FleetReplicaSet replicas) : Katas.Scaler.IBalancerMembership
{
    private static readonly TimeSpan s_pollInterval = TimeSpan.FromMilliseconds(10);

    public void Add(ScalerReplica replica) => balancer.Add(new BalancerReplica(replica.Name, replica.Address));

    public bool Remove(ScalerReplica replica) => balancer.Remove(replica.Name);

    public async Task WhenDrainedAsync(ScalerReplica replica, CancellationToken cancellationToken = default)
    {
        while (replicas.BackendOf(replica.Name) is { } backend && backend.InFlight + backend.Waiting > 0)
        {
            await Task.Delay(s_pollInterval, cancellationToken).ConfigureAwait(false);
        }
    }
}
